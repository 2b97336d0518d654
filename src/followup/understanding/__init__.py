"""Notes understanding: who, where, what was learned, read from notes as people write them.

`read(text, flags)` -> `NotesFacts`; every value is a span of the notes or a flag, so no name is
ever guessed. The words it looks for are data (`understanding/notes.yaml`).
"""

from followup.understanding.facts import Located, NotesFacts, Person, Point
from followup.understanding.reader import read

__all__ = ["Located", "NotesFacts", "Person", "Point", "read"]
