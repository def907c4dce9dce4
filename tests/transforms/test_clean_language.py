"""Tests for transforms.language (the cleaner's language detection)."""

from transforms.language import language_of


def test_language_of_common_languages():
    assert language_of("The government announced new measures for small businesses.") == "en"
    assert language_of("Le gouvernement a annoncé de nouvelles mesures pour les entreprises.") == (
        "fr"
    )
    assert language_of("Die Regierung hat neue Maßnahmen für kleine Unternehmen angekündigt.") == (
        "de"
    )


def test_language_of_too_little_text_is_none():
    assert language_of("") is None
    assert language_of("12 34 !!") is None
