"""The country a document is about, and a bare description of what a country has written as
that country's ("The government signed a peace deal" -> "Pakistan's government signed…", "the
country" -> "Pakistan"), when the text does not say whose.

The country is the one the document's place names and words for peoples ("Pakistani") name
most: at least `MIN_MENTIONS` times and `MIN_SHARE` of its country mentions (or fewer, when
the description's own sentence names it and no other, not as another party: "imports from
Malaysia"), and no other country in the description's own sentence. "Police" needs no article.
Country names: Babel's English territory names (CLDR) and the short forms of
`data/nations.toml` and `data/nation_aliases.toml`."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from babel import Locale

from timeline.events.clauses import sentence_containing
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.wordlists import word_tables

MIN_SHARE = 0.75  # of the document's country mentions (names and peoples)
MIN_MENTIONS = 2
_KEY = "timeline_countries"
_PLURAL_INSTITUTIONS = frozenset({"authority", "police"})  # "the authorities", "police"


@cache
def _countries() -> dict[str, str]:
    """Country name in lower case -> the country's CLDR name, short forms included."""
    names = {}
    excluded = word_list("nations", "not_countries")
    for code, name in Locale("en").territories.items():
        plain = name.split(" (")[0].replace(" & ", " and ").lower()
        if code.isalpha() and plain not in excluded:
            names[plain] = plain
    aliases = word_tables("timeline.events", "nation_aliases")["aliases"]
    names.update({alias: country[0] for alias, country in aliases.items()})
    return names


def _mentions(doc: Any) -> list[tuple[int, str, str | None]]:
    """The document's country mentions, read once: (token index, country, its name as written;
    None for a word for its people: "Pakistani")."""
    found: list[tuple[int, str, str | None]] | None = doc.user_data.get(_KEY)
    if found is None:
        countries = _countries()
        demonyms = word_tables("timeline.events", "nation_aliases")["demonyms"]
        found = []
        for ent in doc.ents:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            if ent.label_ == "GPE" and text.lower() in countries:
                found.append((ent.start, countries[text.lower()], text))
            elif ent.label_ == "NORP" and text.lower() in demonyms and not _part_of_a_place(ent):
                found.append((ent.start, demonyms[text.lower()][0], None))
        doc.user_data[_KEY] = found
    return found


def _part_of_a_place(ent: Any) -> bool:
    """A word that opens a longer territory's name the model read apart: "French" of "French
    Polynesian pearls", which are not France's."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end].text[:1].isupper():
        return False
    longer = f"{ent.text} {doc[ent.end].text}".lower()
    return any(longer.startswith(name) for name in _countries() if " " in name)


def country_of(token: Any) -> str | None:
    """The country the document of `token` is about, as the text writes its name most often;
    None when unclear, or when the sentence of `token` names another country, or (for
    "officials", and for a country short of `MIN_SHARE`) names it as another party. A country the
    document names most, short of `MIN_SHARE`, is clear enough when the sentence of `token`
    names it and no other ("Iran has decided to halt talks…, the foreign ministry said")."""
    mentions = _mentions(token.doc)
    counts = Counter(country for _, country, _ in mentions)
    if not counts:
        return None
    ranked = counts.most_common(2)
    country, count = ranked[0]
    sentence = sentence_containing(token.doc, token.i)
    here = {c for i, c, _ in mentions if sentence.start <= i < sentence.end}
    if here - {country}:
        return None  # "the government" beside another country's name: whose is unclear
    if count < MIN_MENTIONS:
        return None
    clear = count >= MIN_SHARE * sum(counts.values())
    if not clear or lemma(token).lower() in word_list("nations", "in_office"):
        named_here_most = here == {country} and (len(ranked) == 1 or ranked[1][1] < count)
        if (not clear and not named_here_most) or any(
            sentence.start <= i < sentence.end and _a_counterpart(token.doc[i])
            for i, _, _ in mentions
        ):
            return None  # ("a delegation to China signed…, officials said": whose is unclear)
    written = Counter(text for _, c, text in mentions if c == country and text is not None)
    return written.most_common(1)[0][0] if written else _cldr_name(country)


@cache
def _cldr_names() -> dict[str, str]:
    """A country's CLDR name in lower case -> as CLDR writes it ("indonesia" -> "Indonesia")."""
    return {
        name.split(" (")[0].replace(" & ", " and ").lower(): name.split(" (")[0]
        for code, name in Locale("en").territories.items()
        if code.isalpha()
    }


def _cldr_name(country: str) -> str | None:
    """A country the text names only by its people ("Indonesian officials") as CLDR writes
    it, when that is a plain name written without "the" ("Indonesia", not "Congo - Kinshasa",
    "United States" or "Philippines")."""
    name = _cldr_names().get(country)
    if name is None or " - " in name or "," in name:
        return None
    return None if name.startswith("United ") or name.endswith("s") else name


def _a_counterpart(word: Any) -> bool:
    """Whether a country's name is written as another party to what is told, after "from",
    "with" or "against" ("imports from Malaysia"), not as where it happens or whose it is
    ("in Singapore's Orchard Road district", "US inflation")."""
    noun = word
    while noun.dep_ in ("compound", "amod", "poss", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ in word_list("nations", "counterpart_prepositions")


def national(noun: Any) -> str | None:
    """A bare "the government" (or another noun of `institutions`) as the document's
    country's ("Pakistan's government", "the US government"); a bare "the country" as the
    country; None when the document's country is unclear."""
    head = lemma(noun).lower()
    if not noun.is_lower and not noun.is_sent_start:
        return None  # "The Nation reported": a newspaper's name, not the country
    if head in word_list("nations", "in_office"):  # "officials said": the country's
        if noun.tag_ != "NNS" or list(noun.children):
            return None
        country = country_of(noun)
        return None if country is None else _owned(country, noun.lower_)
    singular = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower)  # "the ministry"
    if not singular and head not in _PLURAL_INSTITUTIONS:  # "the two countries"
        return None
    whole = head in word_list("nations", "whole")
    if not whole and head not in word_list("nations", "institutions"):
        return None
    alone = head in word_list("nations", "without_article") and not list(noun.children)
    if not alone and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None  # "police said" is the country's police as "the police said" is
    country = country_of(noun)
    if country is None:
        return None
    if whole:
        return country
    said = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.dep_ != "det"]
    if any(t.dep_ not in ("amod", "compound") for t in said):
        return None  # "the country's new government": more than words of what kind
    word = noun.lower_ if noun.is_sent_start else noun.text  # "Police said": a common noun
    return _owned(country, " ".join([*(t.text for t in said), word]))  # "the interior ministry"


def _owned(country: str, phrase: str) -> str:
    """`phrase` as `country`'s: "Pakistan's government", "the US government"."""
    if country.replace(".", "").isupper():
        return f"the {country} {phrase}"
    return f"{country}'{'' if country.endswith('s') else 's'} {phrase}"
