"""Precision audit of coded events: draw a random sample to judge by hand, then score it.

  .venv/bin/python benchmarks/audit.py sample   # -> benchmarks/audits/events_sample.csv
  .venv/bin/python benchmarks/audit.py score    # precision from the judged file
  .venv/bin/python benchmarks/audit.py rescore  # judged rows the current coder still emits

Population: the international-politics stories of Reuters-21578 (stories with no economic
topic code whose headline names a political actor or act, company stories excluded) and
the political topics of ECB+ (elections, riots, bombings, piracy, government decisions).
A judge reads each sentence and writes `right` or `wrong` in `judgement`, with a reason:
right means source, target and CAMEO root are all what the sentence says.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import tarfile
from datetime import date
from pathlib import Path

SHARED = Path(os.environ.get("DYADS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
OUT = Path(__file__).resolve().parent / "audits" / "events_sample.csv"
ECB_TOPICS = {8, 9, 11, 12, 19, 34, 41}
POLITICAL = re.compile(
    r"\b(?:troops|guerrillas?|rebels?|army|military|cease-?fire|embassy|diplomat\w*|treaty|"
    r"sanctions|parliament|election|summit|minister|president|talks|government|war|attack\w*|"
    r"soviet|nato|united nations|visit\w*)\b", re.I)
COMPANY = re.compile(r"<[A-Z.]+>|\bNAMES\b|\bCONTRACT\b|\bELECTS\b", re.I)
CONFIDENCE_BANDS = ((0.0, 0.6), (0.6, 0.8), (0.8, 1.01))
COLUMNS = ["event_id", "corpus", "file", "sentence", "source_name", "source_country",
           "source_role", "cameo_code", "cameo_name", "target_name", "target_country",
           "target_role", "modality", "confidence", "judgement", "reason"]


def reuters_stories() -> list[tuple[str, str, date | None]]:
    """(file, text, date) of the Reuters international-politics stories."""
    import pandas as pd

    manifest = pd.read_csv(SHARED / "corpora" / "reuters21578" / "manifest.csv")
    chosen = manifest[manifest.topics.isna() & manifest.dup_of.isna()
                      & manifest.title.fillna("").str.contains(POLITICAL)
                      & ~manifest.title.fillna("").str.contains(COMPANY)]
    dates = {f: date.fromisoformat(d[:10]) for f, d in zip(chosen.file, chosen.date, strict=True)}
    out = []
    with tarfile.open(SHARED / "corpora" / "reuters21578" / "articles.tar.gz") as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if name in dates:
                out.append((name, tar.extractfile(member).read().decode("utf-8", "replace"),
                            dates[name]))
    return out


def ecb_stories(political: bool = True) -> list[tuple[str, str, date | None]]:
    """(file, text, None) of the ECB+ articles of the political topics, or of all the others."""
    folder = SHARED / "corpora" / "ecbplus"
    files = sorted(folder.glob("*_*ecb*.txt"))
    return [(p.name, p.read_text(encoding="utf-8"), None) for p in files
            if (int(p.name.split("_")[0]) in ECB_TOPICS) == political]


def sample(n: int, seed: int, out: Path = OUT, held_out: bool = False) -> None:
    from transforms import clean_page, extract
    from transforms.codes import cameo_code

    rows = []
    populations = ((("ecbplus", ecb_stories(political=False)),) if held_out else
                   (("reuters21578", reuters_stories()), ("ecbplus", ecb_stories())))
    for corpus, stories in populations:
        for name, text, day in stories:
            article = clean_page(text, "txt")
            if not article.body:
                continue
            found = extract(article.body, day or article.published_date, article_id=name)
            for e in found.events:
                rows.append({**{c: e.get(c) for c in COLUMNS if c in e},
                             "corpus": corpus, "file": name,
                             "sentence": " ".join(e["sentence"].split()),
                             "cameo_name": cameo_code(e["cameo_code"]).name})
    print(f"{len(rows)} events coded; sampling {n}")
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    out.parent.mkdir(exist_ok=True)
    with out.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        for row in picked:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    print(f"wrote {out}")


def _key(row: dict) -> tuple:
    return (" ".join(str(row["sentence"]).split()), row.get("source_name") or "",
            row.get("cameo_code") or "", row.get("target_name") or "")


def rescore(path: Path = OUT) -> None:
    """How many judged rows the current coder still emits: an indicator, not a new sample."""
    from transforms import clean_page, extract

    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = {name: (text, day) for name, text, day
             in reuters_stories() + ecb_stories() + ecb_stories(political=False)}
    emitted: set[tuple] = set()
    for name in {r["file"] for r in rows}:
        text, day = texts[name]
        article = clean_page(text, "txt")
        found = extract(article.body, day or article.published_date, article_id=name)
        emitted.update(_key(e) for e in found.events)
    for verdict in ("right", "wrong"):
        judged = [r for r in rows if r["judgement"] == verdict]
        kept = sum(_key(r) in emitted for r in judged)
        print(f"{verdict}: {len(judged)} judged, {kept} still emitted as judged")


def score(path: Path = OUT) -> None:
    """Precision of the judged rows, and per confidence band where the sample records it."""
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    judged = [r for r in rows if r["judgement"] in ("right", "wrong")]
    right = sum(r["judgement"] == "right" for r in judged)
    print(f"judged {len(judged)} of {len(rows)}: {right} right, precision "
          f"{right / max(len(judged), 1):.2f}")
    for low, high in CONFIDENCE_BANDS:
        band = [r for r in judged if r.get("confidence")
                and low <= float(r["confidence"]) < high]
        if band:
            ok = sum(r["judgement"] == "right" for r in band)
            print(f"  confidence [{low:.1f}, {high:.1f}): {len(band)} rows, precision "
                  f"{ok / len(band):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["sample", "score", "rescore"])
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--held-out", action="store_true",
                        help="sample the ECB+ topics outside the political population instead")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="the sample file written by `sample`, read by `score` and `rescore`")
    args = parser.parse_args()
    commands = {"sample": lambda: sample(args.n, args.seed, args.out, args.held_out),
                "score": lambda: score(args.out), "rescore": lambda: rescore(args.out)}
    commands[args.command]()


if __name__ == "__main__":
    main()
