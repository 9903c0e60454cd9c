"""ropa: the GDPR Article 30 record of processing activities, as a plain Python library.

Nothing under this package imports Qt: the GUI in ``ui/`` and the command line sit on top of it.
"""

__version__ = "0.1.0"
