"""The one place the package and data versions are set.

``__version__`` is the version of the code (pyproject reads it from here); ``DATA_VERSION`` is the
version of the data package (the build writes it into ``datapackage.json``; a test checks both agree).
Bump DATA_VERSION and add a CHANGELOG line whenever a published figure or date changes.
"""

__version__ = "0.2.0"
DATA_VERSION = "0.2.0"
