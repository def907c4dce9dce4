"""Actor resolution quality: NGEC actor cases, PLOVER gold sentences, Reuters-21578 countries.

Run: .venv/bin/python benchmarks/actors.py [ngec|plover|reuters|all] [--sample 500] [--show 20]
     [--cleaned]
Reads ../shared (or $DYADS_SHARED); prints one line of figures per benchmark.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tarfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
EVENTS = SHARED / "benchmarks" / "events"
REUTERS = SHARED / "corpora" / "reuters21578"
# The pipeline codes every international organisation IGO; NGEC splits out UN and EU bodies.
IGO_CODES = {"IGO", "UNO", "EUR"}
LEGACY = {"JAP": "JPN"}
# Reuters-21578 place codes that are not country names.
REUTERS_PLACES = {"usa": "USA", "uk": "GBR", "ussr": "SUN", "west-germany": "DEU",
                  "east-germany": "DDR", "uae": "ARE", "ivory-coast": "CIV",
                  "hong-kong": "HKG", "south-korea": "KOR", "north-korea": "PRK",
                  "taiwan": "TWN", "macau": "MAC", "burma": "MMR", "zaire": "ZAR",
                  "yugoslavia": "YUG", "czechoslovakia": "CSK", "vatican": "VAT",
                  "tanzania": "TZA", "syria": "SYR", "iran": "IRN", "vietnam": "VNM",
                  "bolivia": "BOL", "venezuela": "VEN", "korea": "KOR", "south-africa": "ZAF",
                  "st-lucia": "LCA", "st-vincent": "VCT", "netherlands-antilles": "ANT",
                  "french-guiana": "GUF", "faroe-islands": "FRO", "liechtenstein": "LIE",
                  "cayman-islands": "CYM", "bermuda": "BMU", "gibraltar": "GIB",
                  "brunei": "BRN", "laos": "LAO", "ussr-": "SUN"}


def _nlp():
    from transforms.nlp import load_nlp

    return load_nlp()


def _parse_date(text: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    if text.lower() == "today":
        return date.today()
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _expect_ok(spec: dict, value: str) -> bool:
    op, want = spec["op"], spec["value"]
    if op == "In":
        return value in want
    if op == "NotEq":
        return value != want
    if want in IGO_CODES and value in IGO_CODES:
        return True
    return value == want


def main_actor(text: str, actors: list):
    """The actor that the whole phrase names."""
    from transforms.actors import actor_at

    return actor_at(actors, 0, len(text))


def bench_ngec(show: int) -> dict:
    """Country and primary sector accuracy on the NGEC actor-resolution cases."""
    from transforms.actors import resolve_actors
    from transforms.countries import country_code, demonym_country

    cases = json.loads((EVENTS / "ngec_actor_resolution_cases" / "ngec_actor_cases.json")
                       .read_text(encoding="utf-8"))
    nlp = _nlp()
    stats = {"country": [0, 0], "code_1": [0, 0]}
    misses = []
    for case in cases:
        if any("skip" in m or "xfail" in m for m in case["pytest_marks"]):
            continue
        text = case["actor_text"].strip()
        doc = nlp(text)
        actor = main_actor(text, resolve_actors(doc, _parse_date(case["date"])))
        country = actor.country if actor and actor.country else ""
        role = actor.role if actor and actor.role else ""
        hint = case.get("known_country") or case.get("context") or ""
        if not country and hint:
            country = country_code(hint) or demonym_country(hint.split()[0]) or ""
        got = {"country": country, "code_1": role}
        for key in ("country", "code_1"):
            if key in case["expect"]:
                ok = _expect_ok(case["expect"][key], got[key])
                stats[key][0] += ok
                stats[key][1] += 1
                if not ok:
                    misses.append(f"{key}: {text!r} ({case['date']}) got {got[key]!r} "
                                  f"want {case['expect'][key]['value']!r}")
    for line in misses[:show]:
        print("  miss", line)
    out = {f"{k}_accuracy": round(ok / n, 3) for k, (ok, n) in stats.items()}
    out.update({f"{k}_cases": n for k, (_, n) in stats.items()})
    print("ngec", out)
    return out


def _locate(sentence: str, text: str) -> tuple[int, int] | None:
    text = text.strip()
    i = sentence.find(text)
    if i >= 0:
        return i, i + len(text)
    head = text.split()[0] if text.split() else ""
    i = sentence.find(head) if head else -1
    return (i, i + len(head)) if i >= 0 else None


def bench_plover(show: int) -> dict:
    """Country and sector of gold actors and recipients of the PLOVER sentences."""
    from transforms.actors import actor_at, resolve_actors

    rows = [json.loads(line) for line in
            (EVENTS / "plover_gsr_cameo" / "plover_gsr.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    nlp = _nlp()
    country_ok = country_n = sector_ok = sector_n = 0
    misses = []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        actors = resolve_actors(doc, None)
        for gold in row["actor"] + row["recipient"]:
            where = _locate(row["text"], gold["text"])
            if where is None or not gold.get("code"):
                continue
            actor = actor_at(actors, *where)
            code = LEGACY.get(gold["code"], gold["code"])
            country = actor.country if actor and actor.country else ""
            ok = country == code or (code in IGO_CODES and country in IGO_CODES)
            country_ok += ok
            country_n += 1
            if not ok:
                misses.append(f"country: {gold['text']!r} got {country!r} want {code!r}")
            sector = (gold.get("sector") or "")[:3].upper()
            if sector == "***":
                continue
            role = actor.role if actor and actor.role else ""
            sector_ok += role == sector
            sector_n += 1
            if role != sector:
                misses.append(f"sector: {gold['text']!r} got {role!r} want {sector!r}")
    for line in misses[:show]:
        print("  miss", line)
    out = {"country_accuracy": round(country_ok / country_n, 3), "country_cases": country_n,
           "sector_accuracy": round(sector_ok / sector_n, 3), "sector_cases": sector_n}
    print("plover", out)
    return out


def reuters_gold(code: str) -> str | None:
    """The ISO3 code of a Reuters-21578 place code."""
    from transforms.countries import place_country

    return REUTERS_PLACES.get(code) or place_country(code.replace("-", " "))


def reuters_sample(n: int, seed: int = 0) -> list[dict]:
    """A random sample of non-duplicate stories with non-empty places."""
    with (REUTERS / "manifest.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["places"] and not r["dup_of"]]
    return random.Random(seed).sample(rows, min(n, len(rows)))


def story_country_mentions(doc, published: date | None) -> tuple[dict[str, int], set[str]]:
    """Mentions per country of a story's actors and places, and the countries of its lead.

    The lead is the dateline and the first two sentences. The dateline is no actor, but its
    place is a location the story names. News agencies are left out: that Reuters reported a
    story says nothing about where it happened.
    """
    from transforms.actors import resolve_actors
    from transforms.actors_dateline import dateline_country, dateline_end
    from transforms.countries import country_as_of

    # the dateline is a sentence of its own: the lead's two sentences follow it
    sents = [s for s in doc.sents if s.end > dateline_end(doc)]
    lead_end = sents[min(1, len(sents) - 1)].end_char if sents else 0
    counts: dict[str, int] = {}
    lead: set[str] = set()
    for actor in resolve_actors(doc, published):
        if not actor.country or actor.country in ("IGO", "NGO"):
            continue
        if actor.actor_type == "organization" and actor.role == "MED":
            continue
        iso = country_as_of(actor.country, published)
        counts[iso] = counts.get(iso, 0) + len(actor.spans)
        if actor.spans and actor.spans[0][0] < lead_end:
            lead.add(iso)
    if iso := dateline_country(doc):
        iso = country_as_of(iso, published)
        counts[iso] = counts.get(iso, 0) + 1
        lead.add(iso)
    return counts, lead


def bench_reuters(sample: int, show: int, cleaned: bool = False) -> dict:
    """Country-set recall and precision against Reuters-21578 `places`.

    `all`: every country named in the story; `salient`: those of the lead or named twice.
    The story text is the file minus its headline line, which opens with the dateline as
    clean_page's body does (the body extract() gets in the pipeline and benchmarks/audit.py);
    `cleaned` parses that body instead, so cleaning losses count too.
    """
    from transforms import clean_page

    rows = reuters_sample(sample)
    with tarfile.open(REUTERS / "articles.tar.gz") as tar:
        wanted = {r["file"] for r in rows}
        texts = {Path(m.name).name: tar.extractfile(m).read().decode("utf-8", "replace")
                 for m in tar.getmembers() if Path(m.name).name in wanted}
    nlp = _nlp()
    scores = {"all": [0, 0, 0], "salient": [0, 0, 0]}
    unknown: set[str] = set()
    extra: list[str] = []
    articles = [clean_page(texts[r["file"]], fmt="txt") for r in rows]
    empty_bodies = sum(not a.body.strip() for a in articles)
    bodies = ([a.body for a in articles] if cleaned
              else [texts[r["file"]].split("\n", 2)[-1] for r in rows])
    for row, doc in zip(rows, nlp.pipe(bodies, batch_size=64), strict=True):
        when = datetime.fromisoformat(row["date"]).date() if row["date"] else None
        gold = set()
        for code in row["places"].split(";"):
            iso = reuters_gold(code)
            if iso is None:
                unknown.add(code)
            else:
                gold.add(iso)
        counts, lead = story_country_mentions(doc, when)
        found_sets = {"all": set(counts),
                      "salient": {c for c, n in counts.items() if n >= 2 or c in lead}}
        for name, found in found_sets.items():
            scores[name][0] += len(found & gold)
            scores[name][1] += len(found - gold)
            scores[name][2] += len(gold - found)
        for iso in sorted(found_sets["all"] - gold):
            salient = " salient" if iso in found_sets["salient"] else ""
            extra.append(f"{row['file']}: extra{salient} {iso} (gold {sorted(gold)})")
    random.Random(1).shuffle(extra)
    for line in extra[:show]:
        print("  ", line)
    out: dict = {"stories": len(rows)}
    for name, (tp, fp, fn) in scores.items():
        out[f"{name}_recall"] = round(tp / (tp + fn), 3)
        out[f"{name}_precision"] = round(tp / (tp + fp), 3)
    out["cleaner_empty_bodies"] = empty_bodies
    out["unmapped_gold_codes"] = sorted(unknown)
    print("reuters", out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("which", nargs="?", default="all",
                        choices=["ngec", "plover", "reuters", "all"])
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--cleaned", action="store_true",
                        help="reuters: parse clean_page's body, so cleaning losses count too")
    args = parser.parse_args()
    if not EVENTS.is_dir():
        sys.exit(f"benchmarks not found under {SHARED}")
    if args.which in ("ngec", "all"):
        bench_ngec(args.show)
    if args.which in ("plover", "all"):
        bench_plover(args.show)
    if args.which in ("reuters", "all"):
        bench_reuters(args.sample, args.show, args.cleaned)


if __name__ == "__main__":
    main()
