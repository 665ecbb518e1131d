"""The people side of Wagtail's admin (/cms/): viewsets for people (scoped to whom the user
may see and change) and for the organisation tree, and their forms, which save through
``learning.services``. Registered in ``learning.wagtail_hooks``; the CSV import has its own
package (``learning.people_import``)."""
