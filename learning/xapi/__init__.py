"""xAPI 1.0.3 in the bottom layer: typed statements (``schema``), the vocabulary (``vocabulary``),
the built-in statement store (``store``, models in ``learning.models.xapi``) and the outbox
consumer that turns recorded events into statements (``builders``).

The apps above register one builder per event kind (``statement_builder_register``); this
package never imports them. See docs/xapi.md for every statement the platform sends.
"""
