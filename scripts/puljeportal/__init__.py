"""Puljeportal: Danish grant-pool documents turned into a searchable MkDocs Material site.

Pipeline, one module (or package) per stage, dependencies pointing one way:

    read/ (documents -> lines)  ->  extract/ (lines -> model)  ->  model  ->
    store (model <-> YAML)  ->  render (model -> Markdown)  ->  build (MkDocs -> site/)
"""

__version__ = "0.1.0"
