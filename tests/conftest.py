import pytest

from tests import factories


@pytest.fixture
def tree(db):
    """A small municipality: two administrations, each with units."""
    return {
        "root": factories.organisation("Testby Kommune"),
        "children": factories.organisation("Testby Kommune/Børn og Unge"),
        "daycare": factories.organisation("Testby Kommune/Børn og Unge/Dagtilbud Nord", "daycare"),
        "school": factories.organisation("Testby Kommune/Børn og Unge/Skolen ved Søen", "school"),
        "jobs": factories.organisation("Testby Kommune/Beskæftigelse/Jobcenter", "job_centre"),
    }
