"""The house style: one colour-blind-safe palette, readable sizes, and a projector mode.

Colours are the Okabe–Ito palette, distinguishable with the common forms of colour blindness.
``use_style(projector=True)`` makes fonts, lines and markers big enough for the back of a
classroom; every figure drawn afterwards follows it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from ..core import codebook as S
from ..core.i18n import N_
from ..core.i18n import gettext as _
from . import extra_needed

try:
    import matplotlib as mpl
    from cycler import cycler
except ImportError as exc:  # the data core alone was installed
    raise extra_needed("kzlib's figures (kzlib.plots)", "matplotlib") from exc

__all__ = ["OKABE_ITO", "EVENT_COLOURS", "EVENT_MARKERS", "CLAIMANT_COLOURS", "SOURCE_LINE",
           "MAP_SOURCE_LINE",
           "style", "use_style", "styled", "is_projector"]

#: Okabe & Ito (2008), "Color Universal Design": eight colours safe for colour-blind readers.
OKABE_ITO = {
    "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7", "black": "#000000",
}
EVENT_COLOURS = dict(zip(S.EVENT_TYPES, ["#000000", "#0072B2", "#D55E00", "#CC79A7", "#E69F00",
                                         "#009E73"], strict=True))
EVENT_MARKERS = dict(zip(S.EVENT_TYPES, ["P", "o", "^", "X", "D", "s"], strict=True))
#: A colour per kind of claimant: official bodies in blues and green, media by how they are owned
#: and controlled, rights groups and international bodies in vermillion, everyone else in greys.
#: (Okabe-Ito's yellow is left out: too faint for a marker on white, above all on a projector.)
CLAIMANT_COLOURS = {
    "government": "#0072B2", "security_forces": "#56B4E9", "prosecutor": "#009E73",
    "election_commission": "#0072B2", "state_media": "#CC79A7", "public_media": "#E69F00",
    "state_funded_media": "#E69F00", "non_state_media": "#000000", "unclassified_media": "#999999",
    "ngo": "#D55E00", "international_org": "#D55E00", "foreign_government": "#555555",
    "scholar": "#555555", "individual": "#555555", "other": "#555555",
}
#: The line at the foot of every figure (in English; figures show it translated), and of a map.
SOURCE_LINE = N_("Source: Qantar 2022 data package (kzlib), compiled from cited reports; CC BY 4.0")
MAP_SOURCE_LINE = N_("Source: Qantar 2022 data package (kzlib), compiled from cited reports; "
                     "CC BY 4.0; outline: Natural Earth")

_BASE = {
    "figure.figsize": (10, 5.6), "figure.dpi": 100, "savefig.dpi": 150,
    "font.size": 12, "axes.titlesize": 15, "axes.titleweight": "bold", "axes.labelsize": 12,
    "xtick.labelsize": 11, "ytick.labelsize": 11, "legend.fontsize": 11, "lines.linewidth": 2,
    "lines.markersize": 7, "axes.spines.top": False, "axes.spines.right": False,
    "axes.grid": True, "grid.alpha": 0.3, "axes.axisbelow": True, "axes.prop_cycle": cycler(color=[
        OKABE_ITO[c] for c in ("blue", "orange", "bluish green", "vermillion", "reddish purple",
                               "sky blue", "black")]),  # no yellow: too faint on white
}
_PROJECTOR = {"font.size": 17, "axes.titlesize": 21, "axes.labelsize": 18, "xtick.labelsize": 15,
              "ytick.labelsize": 15, "legend.fontsize": 15, "lines.linewidth": 3.5,
              "lines.markersize": 11, "figure.figsize": (12, 6.75)}


class _Settings:
    """The one setting the house style keeps between calls: is it in projector mode?"""

    projector = False


def style(projector: bool = False) -> dict:
    """The house style as matplotlib rcParams (bigger everything when ``projector=True``).

    Examples
    --------
    >>> style()["font.size"], style(projector=True)["font.size"]
    (12, 17)
    """
    if not isinstance(projector, bool):
        raise TypeError(_("projector= takes True or False, not {type}.").format(
            type=type(projector).__name__))
    return {**_BASE, **(_PROJECTOR if projector else {})}


def use_style(projector: bool = False) -> None:
    """Apply the house style to every figure that follows (call it once at the top of a notebook).

    ``projector=True`` makes fonts, lines and markers big enough for the back of a classroom.

    Examples
    --------
    >>> use_style(projector=True); is_projector()
    True
    >>> use_style(); is_projector()
    False
    """
    style(projector)  # checks the argument before anything changes
    mpl.rcParams.update(style(projector))
    _Settings.projector = projector
    _inline_without_tight_bbox()


def is_projector() -> bool:
    """Whether :func:`use_style` last chose the projector mode.

    Examples
    --------
    >>> isinstance(is_projector(), bool)
    True
    """
    return _Settings.projector


@contextlib.contextmanager
def styled() -> Iterator[None]:
    """Draw inside the house style (as :func:`use_style` last set it), whatever the global rcParams.

    Examples
    --------
    >>> with styled():
    ...     mpl.rcParams["axes.spines.top"]
    False
    """
    with mpl.rc_context(style(_Settings.projector)):
        yield


def _inline_without_tight_bbox() -> None:
    """In a notebook, save figures as they are laid out (constrained layout already fits them)
    instead of IPython's default tight bounding box, which draws every figure twice."""
    backend = sys.modules.get("matplotlib_inline.backend_inline")
    if backend is None:  # not in a notebook with the inline backend: nothing to change
        return
    kwargs = dict(backend.InlineBackend.instance().print_figure_kwargs)
    if kwargs.get("bbox_inches", "tight") is not None:
        kwargs["bbox_inches"] = None
        backend.set_matplotlib_formats("png", **kwargs)
