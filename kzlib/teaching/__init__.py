"""The teaching layer: the house style, figures, explorers and self-checking exercises. It stands on
the data core and never on the pipeline. Figures need matplotlib and explorers ipywidgets, which
come with the ``teach`` extra: ``pip install 'kzlib[teach]'``.
"""

from __future__ import annotations

from ..core.i18n import N_
from ..core.i18n import gettext as _

#: What the teaching modules call themselves in :func:`extra_needed` (marked for translation here).
PARTS = (N_("kzlib's figures (kzlib.plots)"), N_("kzlib's explorers (kzlib.explore)"))


def extra_needed(what: str, package: str) -> ImportError:
    """The error to raise when ``what`` cannot import ``package``: it names the extra to install.

    Examples
    --------
    >>> print(extra_needed("kzlib.plots", "matplotlib"))  # doctest: +ELLIPSIS
    kzlib.plots needs matplotlib, which the data core alone does not install. ...
    """
    return ImportError(_(
        "{what} needs {package}, which the data core alone does not install. Install the "
        "teaching extra: pip install 'kzlib[teach]' (or 'kzlib[lab]' for JupyterLab and Voila "
        "too).").format(what=_(what), package=package))
