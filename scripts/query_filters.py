"""Our search syntax for Xapian's own QueryParser, shared by the search peers
(scripts/python_search.py, scripts/bench-process): the filter fields as
boolean prefixes, and filter values written as the index writes them."""
import re

# The filter fields and their term prefixes (index/store/schema.h).
BOOLEAN_PREFIXES = [("theme", "XT"), ("district", "XD"), ("question", "XQ"), ("round", "XR"),
                    ("collaborative", "XC"), ("lead", "XL"), ("pending", "XP")]


def normalised(query):
    """The query with each filter value as the index holds it: lower case,
    runs of other characters '-' (schema.h)."""
    def value(m):
        v = m.group(2).strip('"')
        return m.group(1) + ":" + re.sub(r"[^a-z0-9]+", "-", v.lower()).strip("-")
    return re.sub(r'\b(theme|district|question|round|collaborative|lead|pending):("[^"]*"|\S+)', value, query)
