"""Which longer name a short form is: not a joint name with a hyphen, and not a thing named
after a person for a one-word person's name inside it. Table-driven, on `short_form_of`."""

from __future__ import annotations

import pytest

from timeline.events.names import short_form_of


@pytest.mark.parametrize(
    ("short", "full", "short_label", "full_label", "expected"),
    [
        ("African Union", "African Union-UN", "ORG", "ORG", False),
        ("Union", "Nordic Union-EU", "ORG", "ORG", False),
        ("Hariri", "Rafik Al-Hariri", "PERSON", "PERSON", True),
        ("Brown", "James Brown Arena", "PERSON", "ORG", False),
        ("Moopanar", "G.K. Moopanar", "PERSON", "ORG", True),
        ("Apple", "Apple Inc.", "ORG", "ORG", True),
        ("GM", "General Motors", "ORG", "ORG", True),
        ("Brown", "Gordon Brown", "PERSON", "PERSON", True),
    ],
)
def test_short_forms(
    short: str, full: str, short_label: str, full_label: str, expected: bool
) -> None:
    assert short_form_of(short, full, short_label, full_label) is expected
