"""An example case system that gates a risk-assessment form on the platform's status API.

Standard library plus PyJWT and requests; see README.md. Nothing here imports the platform.
"""
