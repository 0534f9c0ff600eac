"""What a reader sees of a figure's scatter marks, for tests that compare two drawings."""

from __future__ import annotations

from matplotlib.collections import PathCollection


def marks(fig):
    """Every scatter mark on a figure: position, fill colour and size (what a reader sees)."""
    out = []
    for c in fig.axes[0].collections:
        if isinstance(c, PathCollection):
            fills, sizes = c.get_facecolors(), c.get_sizes()
            out += [(tuple(xy), tuple(fills[i % len(fills)]), float(sizes[i % len(sizes)]))
                    for i, xy in enumerate(c.get_offsets())]
    return sorted(out)
