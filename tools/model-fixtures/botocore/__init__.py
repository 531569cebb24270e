# A botocore folder as far as the model tools look: its version, and one model under data/.
__version__ = '9.1.0'
