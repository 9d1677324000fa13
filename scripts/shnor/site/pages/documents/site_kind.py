"""The programme documents' pages, with their files."""

from shnor.kinds import documents
from shnor.site.pages.documents import document_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(documents.KIND, pages=(document_pages.generate,))
