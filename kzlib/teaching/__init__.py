"""The teaching layer: the house style, figures, explorers and self-checking exercises. It stands on
the data core and never on the pipeline. Figures need matplotlib and explorers ipywidgets, which
come with the ``teach`` extra: ``pip install 'kzlib[teach]'``.
"""

from __future__ import annotations


def extra_needed(what: str, package: str) -> ImportError:
    """The error to raise when ``what`` cannot import ``package``: it names the extra to install.

    Examples
    --------
    >>> print(extra_needed("kzlib.plots", "matplotlib"))  # doctest: +ELLIPSIS
    kzlib.plots needs matplotlib, which the data core alone does not install. ...
    """
    return ImportError(
        f"{what} needs {package}, which the data core alone does not install. Install the "
        "teaching extra: pip install 'kzlib[teach]' (or 'kzlib[lab]' for JupyterLab and Voila "
        "too)."
    )
