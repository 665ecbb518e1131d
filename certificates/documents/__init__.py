"""A certificate's documents: the PDF (``pdf``) and, with ``certificates.credentials``,
the signed Open Badges 3.0 credential; rendered by ``services`` from the outbox
(``handlers``)."""
