"""The shared spaCy pipeline: paragraphs of a body never merge into one sentence."""


def test_blank_line_starts_a_sentence(nlp):
    doc = nlp("China and Russia cement bilateral ties\n\nWhile it remains unclear, "
              "China and Russia have taken steps.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "China and Russia cement bilateral ties"
    assert sentences[1].startswith("While it remains unclear")


def test_single_line_break_does_not_split(nlp):
    doc = nlp("The minister met Putin in\nMoscow on Friday.")
    assert len(list(doc.sents)) == 1


def test_model_is_loaded_once(nlp):
    from transforms.nlp import load_nlp

    assert load_nlp() is nlp
