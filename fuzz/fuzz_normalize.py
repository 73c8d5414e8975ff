"""An atheris (libFuzzer) harness for the date normaliser, run for a bounded time by hand:

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_normalize.py --seconds 60

Each input is a phrase, a publication date and a tense. The normaliser must return None or a
reading, never raise; a reading's date must start on or before its end and survive a round
trip through its EDTF string; `find_in_text` must give spans in order, inside the text; and
`parse_published` must read a date or raise ValueError. A failing input is written to
fuzz/artifacts/ and the run stops with its traceback.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from timeline.edtf import from_date, parse_edtf
    from timeline.ingest.dates import parse_published
    from timeline.temporal.normalize import normalize
    from timeline.temporal.recognize import find_in_text
    from timeline.temporal.resolve import Context
    from timeline.temporal.tense import Tense

HERE = Path(__file__).resolve().parent
TENSES = [None, *Tense]


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    day = date(1, 1, 1) + timedelta(days=provider.ConsumeIntInRange(0, 3_652_058))
    tense = TENSES[provider.ConsumeIntInRange(0, len(TENSES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    reference = from_date(day)
    for context in (Context(reference, reference, tense), Context()):
        reading = normalize(text, context)
        if reading is not None and reading.value is not None:
            value = reading.value
            assert value.start <= value.end, (text, value)
            again = parse_edtf(value.edtf)
            assert (again.start, again.end) == (value.start, value.end), (text, value, again)
    end = 0
    for start, stop, _ in find_in_text(text):
        assert end <= start < stop <= len(text), (text, start, stop)
        end = stop
    try:
        published = parse_published(text)
    except ValueError:
        return
    assert published.start <= published.end, (text, published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz")
    args, rest = parser.parse_known_args()
    artifacts = HERE / "artifacts"
    artifacts.mkdir(exist_ok=True)
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    argv = [
        sys.argv[0],
        f"-max_total_time={args.seconds}",
        f"-artifact_prefix={artifacts}/",
        "-max_len=256",
        "-print_final_stats=1",
        f"-dict={HERE / 'dates.dict'}",
        *rest,
        str(corpus),
        str(HERE / "seeds"),
    ]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
