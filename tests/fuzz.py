"""Shared pieces of the fuzz tests (issue 13 §3): the budget and byte-level mutation of samples.

The budget keeps the README's test command quick: ``FUZZ_EXAMPLES`` examples per test
(``ATT_FUZZ_EXAMPLES`` raises it for a long hunt, e.g. 5000 overnight). Runs are derandomised
so CI is reproducible and a failure reproduces on any machine; ``ATT_FUZZ_RANDOM=1`` explores
new inputs instead. No deadline: the machine's speed must never fail a test.
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_EXAMPLES = int(os.environ.get("ATT_FUZZ_EXAMPLES", "40"))

fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("ATT_FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)

#: Bytes that break text formats in interesting ways (quotes, brackets, separators, NUL, BOM).
_NASTY = [
    *(b"\x00", b'"', b"'", b"[", b"{", b"]", b"}", b"<", b">", b"&", b",", b";", b"\n"),
    *(b"\r", b"\\", b"\xef\xbb\xbf", b"\xff", b"-1", b"0", b"NaN", b"1e999", b"=1+1"),
]


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """``sample`` with a few random edits: bytes flipped, cut, inserted, repeated or truncated."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "nasty", "repeat", "truncate"]))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "nasty":
            data[at:at] = draw(st.sampled_from(_NASTY))
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 64))] * draw(st.integers(2, 50))
        else:
            del data[at:]
    return bytes(data)


@st.composite
def mutated_zip_member(draw: st.DrawFn, workbook: bytes) -> bytes:
    """A workbook re-zipped with one member's XML mutated: reaches the XML and openpyxl layers."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    names = sorted(n for n in source.namelist() if n.endswith((".xml", ".rels")))
    chosen = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            body = source.read(name)
            target.writestr(name, draw(mutated(body)) if name == chosen else body)
    return out.getvalue()


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=12), children, max_size=4
    )


#: JSON values of any shape (for readers that must refuse what is not theirs).
json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    _containers,
    max_leaves=20,
)
