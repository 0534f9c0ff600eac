"""``python -m kzlib.teaching.questions``: check every exercise against the shipped data."""

import sys

from . import problems

found = problems()
for line in found:
    print(line)
print(f"{len(found)} problem(s) in the exercises" if found else "exercises: every question "
      "computes from the data")
sys.exit(1 if found else 0)
