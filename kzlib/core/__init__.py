"""The data core: the codebook, the shipped files, the loaders, the gazetteer and the cleaning
functions. It needs pandas (and NumPy) and nothing of Jupyter or matplotlib; the pipeline
(``kzlib.pipeline``) and the teaching layer (``kzlib.teaching``) stand on it, never the reverse.
"""
