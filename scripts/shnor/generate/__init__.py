"""Generation as a stage of its own (issue 16, docs-dev/migration.md, plan step 1): ``shnor generate --out DIR``
writes a plain project that stock MkDocs or ProperDocs builds into the site's pages without the shnor plugin and
without mkdocs-macros.

* ``shnor.generate.project``: the pages (the plugin's own generation, run once, written out; the docs pages with
  what their macros print written in), the files, the theme's overrides and the ``mkdocs.yml``;
* ``shnor.generate.plain_config``: that ``mkdocs.yml``, the project's own with the plugin and macros taken out;
* ``shnor.generate.hooks``: the plain MkDocs hook file the generated ``mkdocs.yml`` lists, for what the plugin does
  to the rendered pages (sanitizing, search marks, the Content-Security-Policy, the Pagefind index).
"""
