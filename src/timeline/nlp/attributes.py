"""The model's attribute ruler, applied without spaCy's Matcher.

The small English model's attribute ruler maps tags to parts of speech and morphology, and
sets a few lemmas, with 179 rules of one or two tokens that test a token's lowercase form,
tag, dependency label or whitespace. spaCy runs them through its general Matcher: about a
ninth of the model's time. `take_over_attribute_ruler` puts in its place a component that
applies the same rules, with the same precedence, looking each kind of token up once (a
word no rule names is known by the rules' regular expressions it matches).

What spaCy does, and what this does too: every match is found on the Doc as the parser left
it, then the rules' attributes are set in rule order (a later rule overrides an earlier one),
on the token each rule points at (`index`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, _retokenize

from timeline.nlp.standins import Placed, StandInMissingError, only_pipe, stand_in

COMPONENT = "timeline_attribute_rules_v1"
_READ = (LOWER, TAG, DEP, IS_SPACE)  # what a token offers the rules, in `Row` order
_STRINGS = {"LOWER": 0, "TAG": 1, "DEP": 2}  # token attributes compared as strings
_REMEMBERED = 1 << 16  # distinct tokens looked up before the lookups are forgotten
Row = Sequence[int]  # a token's LOWER, TAG and DEP hashes, and IS_SPACE
Test = Callable[[Row, Callable[[int], str]], bool]
Key = tuple[int, int]  # (position in `Row`, value): a value a test needs there
# What a token's lookup gives: the tests it passes, the rules of one-token patterns that set
# attributes on it, and the longer patterns it may start.
Outcome = tuple[frozenset[int], tuple[int, ...], tuple[int, ...]]


class UnsupportedRuleError(ValueError):
    """A rule this component does not know how to apply exactly: spaCy's ruler stays."""


def take_over_attribute_ruler(nlp: Language) -> Placed | None:
    """Disable spaCy's attribute ruler of `nlp` and apply its rules with `AttributeRules`,
    when every rule is of the kinds it knows (token tests of equality, `IN`, `NOT_IN` or
    `REGEX` on the lowercase form, tag or dependency label, or of whitespace; no operators,
    no extension attributes). Returns the stand-in's name and the ruler's when it did.

    Raises:
        StandInMissingError: when a private part of spaCy it uses is missing."""
    found = only_pipe(nlp, lambda pipe: type(pipe) is AttributeRuler)
    if found is None:
        return None
    name, ruler = found
    try:
        _Compiled(ruler)
    except UnsupportedRuleError:
        return None
    return stand_in(nlp, name, COMPONENT, {"ruler": name})


class AttributeRules:
    """Applies the rules of a (disabled) spaCy attribute ruler."""

    def __init__(self, nlp: Language, name: str, *, ruler: str) -> None:
        self.name = name
        pipe = nlp.get_pipe(ruler)
        assert isinstance(pipe, AttributeRuler)
        self.rules = _Compiled(pipe)

    def __call__(self, doc: Doc) -> Doc:
        self.rules.apply(doc)
        return doc


@Language.factory(COMPONENT, default_config={"ruler": "attribute_ruler"})
def make_attribute_rules(nlp: Language, name: str, ruler: str) -> Any:
    return AttributeRules(nlp, name, ruler=ruler)


class _Compiled:
    """The rules of `ruler`: token tests, patterns made of them, and what each rule sets.

    Raises:
        UnsupportedRuleError: when a rule is of a kind not handled here.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        setter = getattr(_retokenize, "set_token_attrs", None)
        if setter is None or not hasattr(ruler, "_attrs_unnormed"):
            raise StandInMissingError(
                "spaCy's set_token_attrs or AttributeRuler._attrs_unnormed is missing"
            )
        self.set_token_attrs: Callable[[Any, dict[int, Any]], None] = setter
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.tests: list[Test] = []
        self.by_key: dict[Key, list[int]] = {}  # tests that need this value
        self.unkeyed: list[int] = []  # tests that need no single value: always tried
        known: dict[str, int] = {}
        self.single: dict[int, list[int]] = {}  # test number → rules of one-token patterns
        self.longer: list[tuple[tuple[int, ...], int, int]] = []  # (tests, index, rule)
        for rule, (patterns, index) in enumerate(_rules(ruler)):
            if any(key == "_" for key in ruler._attrs_unnormed[rule]):
                raise UnsupportedRuleError("extension attributes")
            for pattern in patterns:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise UnsupportedRuleError("index out of its pattern")
                tests = []
                for spec in pattern:
                    key = repr(sorted(spec.items()))
                    if key not in known:
                        known[key] = len(self.tests)
                        test, needs = _token_test(spec)
                        for need in needs if needs is not None else ():
                            self.by_key.setdefault(need, []).append(len(self.tests))
                        if needs is None:
                            self.unkeyed.append(len(self.tests))
                        self.tests.append(test)
                    tests.append(known[key])
                if len(tests) == 1:
                    self.single.setdefault(tests[0], []).append(rule)
                else:
                    self.longer.append((tuple(tests), index % len(tests), rule))
        # A lowercase form no test names is told apart only by the regular expressions it
        # matches: the lookups are keyed by its class, not by the word (`_class_of`).
        self.named, regexes = _lower_forms(ruler)
        self.patterns = [re.compile(regex).search for regex in regexes]
        self._classes: dict[int, int] = {}
        self._passed: dict[tuple[int, ...], Outcome] = {}
        self._outcomes: dict[Outcome, Outcome] = {}  # each distinct outcome once, shared
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}

    def apply(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array(list(_READ)).tolist()
        passed = [self._outcome(row, strings.__getitem__) for row in rows]
        more: dict[int, set[int]] = {}  # rules of longer patterns, by the token they set
        for i in [i for i, outcome in enumerate(passed) if outcome[2]]:
            for number in passed[i][2]:
                tests, index, rule = self.longer[number]
                if i + len(tests) <= len(rows) and all(
                    test in passed[i + j][0] for j, test in enumerate(tests)
                ):
                    more.setdefault(i + index, set()).add(rule)
        for i, (token, (_, rules, _)) in enumerate(zip(doc, passed, strict=True)):
            if i in more:
                rules = tuple(sorted(more[i].union(rules)))
            if rules:
                self.set_token_attrs(token, self._attrs_of(rules))

    def _outcome(self, row: Row, string: Callable[[int], str]) -> Outcome:
        """The tests a token passes, the rules its one-token patterns set on it, and the
        longer patterns whose first test it passes."""
        lower = self._classes.get(row[0])
        if lower is None:
            lower = self._class_of(row[0], string)
        key = (lower, row[1], row[2], row[3])
        found = self._passed.get(key)
        if found is None:
            candidates = set(self.unkeyed)
            for at in range(3):
                candidates.update(self.by_key.get((at, row[at]), ()))
            tests = frozenset(n for n in candidates if self.tests[n](row, string))
            rules = tuple(sorted({r for n in tests for r in self.single.get(n, ())}))
            starts = tuple(n for n, (needed, _, _) in enumerate(self.longer) if needed[0] in tests)
            outcome = (tests, rules, starts)
            found = self._outcomes.setdefault(outcome, outcome)
            if len(self._passed) >= _REMEMBERED:  # bounded, whatever the corpus
                self._passed.clear()
            self._passed[key] = found
        return found

    def _class_of(self, lower: int, string: Callable[[int], str]) -> int:
        """`lower` itself when a test names it; else a negative number saying which of the
        rules' regular expressions it matches (no other test tells such words apart)."""
        if lower in self.named:
            found = lower
        else:
            text = string(lower)
            found = -1 - sum(1 << n for n, search in enumerate(self.patterns) if search(text))
        if len(self._classes) >= _REMEMBERED:
            self._classes.clear()
        self._classes[lower] = found
        return found

    def _attrs_of(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes `rules` set, applied in order: a later rule's value wins."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged


def _rules(ruler: AttributeRuler) -> list[tuple[list[list[dict[str, Any]]], int]]:
    """Each rule's patterns and index, by rule number (the order of precedence)."""
    return [(ruler.matcher.get(str(rule))[1], index) for rule, index in enumerate(ruler.indices)]


def _lower_forms(ruler: AttributeRuler) -> tuple[frozenset[int], list[str]]:
    """The lowercase forms the rules name (by hash), and their regular expressions on it."""
    named: set[int] = set()
    regexes: dict[str, None] = {}
    for patterns, _ in _rules(ruler):
        for spec in (spec for pattern in patterns for spec in pattern if "LOWER" in spec):
            value = spec["LOWER"]
            if isinstance(value, str):
                named.add(get_string_id(value))
            elif "REGEX" in value:
                regexes[value["REGEX"]] = None
            else:
                named.update(get_string_id(v) for values in value.values() for v in values)
    return frozenset(named), list(regexes)


def _token_test(spec: dict[str, Any]) -> tuple[Test, frozenset[Key] | None]:
    """A token test of the Matcher's, on a `Row`: all of the spec's conditions hold; and the
    values one of which a token must hold to pass it, if there are such."""
    conditions: list[Test] = []
    needs: frozenset[Key] | None = None
    for name, value in spec.items():
        if name == "IS_SPACE" and isinstance(value, bool):
            conditions.append(_space_test(value))
        elif name in _STRINGS:
            at = _STRINGS[name]
            conditions.append(_string_test(at, value))
            if isinstance(value, str):
                needs = frozenset({(at, get_string_id(value))})
            elif needs is None and isinstance(value, dict) and "IN" in value:
                needs = frozenset((at, get_string_id(v)) for v in value["IN"])
        else:
            raise UnsupportedRuleError(f"token attribute {name}")
    return (lambda row, string: all(condition(row, string) for condition in conditions)), needs


def _space_test(value: bool) -> Test:
    return lambda row, _: bool(row[3]) is value


def _string_test(at: int, value: Any) -> Test:
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda row, _: row[at] == wanted
    if isinstance(value, dict) and len(value) == 1:
        (op, argument), *_ = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(a, str) for a in argument):
            members = frozenset(get_string_id(a) for a in argument)  # "" is 0: no value
            if op == "IN":
                return lambda row, _: row[at] in members
            return lambda row, _: row[at] not in members
        if op == "REGEX" and isinstance(argument, str):
            search = re.compile(argument).search
            return lambda row, string: bool(search(string(row[at])))
    raise UnsupportedRuleError(f"token test {value!r}")
