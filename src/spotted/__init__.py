"""spotted: who was seen where, with whom, doing and saying what — from celebrity news.

    >>> import spotted
    >>> result = spotted.extract(open("examples/vmas-2011-backstage.txt").read())
    >>> [p.name for p in result.people]
"""

from spotted.pipeline import extract, extract_many
from spotted.types import Extraction, SourceArticle

__all__ = ["extract", "extract_many", "Extraction", "SourceArticle"]
__version__ = "0.1.0"
