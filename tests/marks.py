"""What a reader sees of a figure's scatter marks, for tests that compare two drawings."""

from __future__ import annotations

from matplotlib.collections import PathCollection


def marks(fig):
    """Every scatter mark on a figure: position, fill and edge colour, and size (what a reader
    sees; a hollow mark shows its colour on its edge)."""
    out = []
    for c in fig.axes[0].collections:
        if isinstance(c, PathCollection):
            fills, edges, sizes = c.get_facecolors(), c.get_edgecolors(), c.get_sizes()
            out += [(tuple(xy), tuple(fills[i % len(fills)]),
                     tuple(edges[i % len(edges)]) if len(edges) else (), float(sizes[i % len(sizes)]))
                    for i, xy in enumerate(c.get_offsets())]
    return sorted(out)
