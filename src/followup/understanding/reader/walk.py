"""The walk over the notes: header block, signature, title lines, then line by line (a table
row, a list, a label or prose), then the cues in prose."""

from __future__ import annotations

import re

from followup.understanding.points import BULLET
from followup.understanding.reader.labels import _Labels, _value_end
from followup.understanding.reader.state import _Found, _lines, _Seg
from followup.understanding.vocabulary import fold_label


class _Reader(_Labels):
    """Every pass, in the order `run` calls them; `run()` returns what was found."""

    def run(self) -> _Found:
        self.found.unsure = bool(self.vocab.unsure_re.search(self.text, self.body_start))
        segs = _lines(self.text[self.body_start :], self.body_start, self.first_line)
        segs = self._headers(segs)
        signature = self._signature(segs)
        self._chat_sender(segs)
        self._byline(segs)
        self._title_byline(segs)
        for seg in [seg for seg in segs if seg.text.strip()][:3]:
            if (
                seg not in signature
                and not self._label(seg.text)
                and not BULLET.match(seg.text)
                and not seg.text[:1].isspace()  # an indented line belongs to a list above
                and not seg.text.lstrip().startswith("|")  # a table's header row is no title
            ):
                self._heading(seg)
        self.found.lines = segs
        for seg in segs:
            if seg in signature or not seg.text.strip():
                continue
            self._line(seg)
        for seg in self.found.prose:
            self._prose(seg)
        return self.found

    def _line(self, seg: _Seg) -> None:
        m = BULLET.match(seg.text)
        at = m.end() if m else 0
        content = seg.text[at:]
        if content.lstrip().startswith("|"):
            self._table_row(seg, at)
            return
        self.columns = None
        heading = self._list_heading(content)
        if heading is not None:
            self.list_field = heading  # "Panel:" then one person per bullet
            self.list_bullet = _bullet_kind(m)
            return
        indented = re.match(r"[ \t]{2,}(?=\S)", seg.text)  # "Panel (3):" then indented lines
        if m is not None and self.list_bullet is not None and _bullet_kind(m) == self.list_bullet:
            self.list_field = None  # "6. Interviewed by:" ... "7. Who to contact?": a sibling
        if self.list_field is not None and (m is not None or indented):
            if m is None and indented:
                at = indented.end()
                content = seg.text[at:]
            self._list_item(_Seg(content, seg.start + at, seg.line))
            return
        self.list_field = None
        label = self._label(content)
        if label is None:
            self._prose_line(_Seg(content, seg.start + at, seg.line))
            return
        field_name, value_at = label
        label_text = fold_label(content[:value_at]).rstrip(" :=")  # "**Where:**" -> "where"
        value = content[value_at:]
        # `key = value ; also met ...` and `Panel: A, B. Send the note to: A.`: the value ends
        # at a semicolon or a sentence end; the rest is read again as a line of its own.
        cut = _value_end(value)
        rest = value[cut:].lstrip(" ;.")
        rest_at = at + value_at + (len(value) - len(rest))
        self._field(field_name, _Seg(value[:cut], seg.start + at + value_at, seg.line), label_text)
        if not re.search(r"[:=|\t]|   ", content[:value_at]):
            # "thank you email - Calum MacRae, site manager, ..., interviewed Thu 7 May": a
            # dash label's line goes on as notes, with its dates and details
            self._prose_line(_Seg(value, seg.start + at + value_at, seg.line))
            return
        if rest.strip():
            self._line(_Seg(rest, seg.start + rest_at, seg.line))


def _bullet_kind(m: re.Match[str] | None) -> tuple[int, str] | None:
    """A list heading's own bullet, its indent and kind ("6." a number, "-" a dash): a line
    with the same bullet is the heading's sibling, not an item under it."""
    if m is None:
        return None
    text = m.group(0)
    mark = text.strip()[:1]
    return len(text) - len(text.lstrip()), "number" if mark.isdigit() else mark
