"""Demo data: a fictional municipality, its staff and one login per role.

Everything here is invented: "Fjordby Kommune", its units, its people and the
``@fjordby.example`` addresses. ``demo_seed`` loads it through the same services the
application uses, so validation runs and signals are sent, and it is idempotent: a unit or
person that already exists (by name path or employee number) is left as it is.

``DEMO_PASSWORD`` and ``DEMO_LOGINS`` are imported by the tests and the browser tests, so the
logins printed by ``manage.py seed_demo`` are the ones that are tested.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from learning import services
from learning.auth.roles import Role
from learning.models import PATH_SEPARATOR, Organisation, Sector, User
from learning.selectors import organisation_get_by_name_path, person_get_by_employee_number

DEMO_MUNICIPALITY = "Fjordby Kommune"
DEMO_EMAIL_DOMAIN = "fjordby.example"
# One password for every demo login. Demo data is refused where DEMO_DATA_ALLOWED is False.
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105
DEMO_SUPERUSER = "admin"


@dataclass(frozen=True)
class DemoLogin:
    """A demo account worth logging in as: its role, username and what it shows."""

    role: str
    username: str
    sees: str


# Keyed so tests can ask for "the daycare manager" without repeating a username.
DEMO_LOGINS: dict[str, DemoLogin] = {
    "learner": DemoLogin("Learner (daycare)", "ida.hansen", "My learning: own profile and unit"),
    "assessor": DemoLogin(
        "Learner (caseworker; can take the assessor track)",
        "anders.juhl",
        "My learning and My certificates",
    ),
    "daycare_manager": DemoLogin(
        "Manager (daycare area)", "mette.lund", "My team: Dagtilbud Nord and its units"
    ),
    "school_head": DemoLogin("Manager (school head)", "lars.berg", "My team: Fjordby Skole"),
    "director": DemoLogin("Manager (director)", "karin.holm", "My team: all of Børn og Unge"),
    "content_editor": DemoLogin(
        "Content editor", "sara.lindqvist", "Administration (/cms/): course content"
    ),
    "certification_admin": DemoLogin(
        "Certification administrator", "nils.haugen", "/cms/ and every person (read only)"
    ),
    "platform_admin": DemoLogin(
        "Platform administrator", "jonas.moller", "/cms/: people, units, CSV import; everyone"
    ),
    "superuser": DemoLogin("Superuser", DEMO_SUPERUSER, "Everything, incl. /django-admin/"),
}

# Unit paths below the municipality that staff and roles refer to.
_BU = "Børn og Unge"
_DN = f"{_BU}/Dagtilbud Nord"
_SOL = f"{_DN}/Børnehuset Solstrålen"
_MARIE = f"{_SOL}/Stue Mariehønen"
_LAERK = f"{_DN}/Vuggestuen Lærkereden"
_HAVBLIK = f"{_BU}/Dagtilbud Syd/Børnehaven Havblik"
_SKOLE = f"{_BU}/Fjordby Skole"
_SKOVBAKKE = f"{_BU}/Skovbakke Skole"
_FAM = f"{_BU}/Familierådgivningen"
_SPL = "Sundhed og Omsorg/Sundhedsplejen"
_SHUS = "Sundhed og Omsorg/Sundhedshuset"
_HJEM = "Sundhed og Omsorg/Hjemmeplejen Øst"
_JOB = "Beskæftigelse og Integration/Jobcenter Fjordby"
_INTEG = "Beskæftigelse og Integration/Integrationsenheden"
_FRH = "Samarbejdspartnere/Familieretshuset Fjordby"
_POL = "Samarbejdspartnere/Fjordby Lokalpoliti"
_NAER = f"{_POL}/Forebyggelse og Nærpoliti"
_STAB = "Stab og Digitalisering/Læring og Kompetence"

# The organisation tree below the municipality: (path of names, sector). Parents come first.
UNITS: tuple[tuple[str, str], ...] = (
    ("Børn og Unge", ""),
    ("Børn og Unge/Dagtilbud Nord", Sector.DAYCARE),
    ("Børn og Unge/Dagtilbud Nord/Børnehuset Solstrålen", Sector.DAYCARE),
    ("Børn og Unge/Dagtilbud Nord/Børnehuset Solstrålen/Stue Mariehønen", Sector.DAYCARE),
    ("Børn og Unge/Dagtilbud Nord/Vuggestuen Lærkereden", Sector.DAYCARE),
    ("Børn og Unge/Dagtilbud Syd", Sector.DAYCARE),
    ("Børn og Unge/Dagtilbud Syd/Børnehaven Havblik", Sector.DAYCARE),
    ("Børn og Unge/Fjordby Skole", Sector.SCHOOL),
    ("Børn og Unge/Fjordby Skole/Indskolingen", Sector.SCHOOL),
    ("Børn og Unge/Fjordby Skole/Udskolingen", Sector.SCHOOL),
    ("Børn og Unge/Skovbakke Skole", Sector.SCHOOL),
    ("Børn og Unge/Familierådgivningen", Sector.CHILDREN_YOUTH),
    ("Børn og Unge/Familierådgivningen/Modtagelsen", Sector.CHILDREN_YOUTH),
    ("Børn og Unge/Familierådgivningen/Myndighedsteamet", Sector.CHILDREN_YOUTH),
    ("Sundhed og Omsorg", ""),
    ("Sundhed og Omsorg/Sundhedsplejen", Sector.HEALTH),
    ("Sundhed og Omsorg/Sundhedshuset", Sector.HEALTH),
    ("Sundhed og Omsorg/Hjemmeplejen Øst", Sector.HEALTH),
    ("Beskæftigelse og Integration", ""),
    ("Beskæftigelse og Integration/Jobcenter Fjordby", Sector.JOB_CENTRE),
    ("Beskæftigelse og Integration/Jobcenter Fjordby/Team Ydelse", Sector.JOB_CENTRE),
    ("Beskæftigelse og Integration/Jobcenter Fjordby/Team Unge", Sector.JOB_CENTRE),
    ("Beskæftigelse og Integration/Integrationsenheden", Sector.OTHER),
    ("Samarbejdspartnere", ""),
    ("Samarbejdspartnere/Familieretshuset Fjordby", Sector.FAMILY_COURT),
    ("Samarbejdspartnere/Fjordby Lokalpoliti", Sector.POLICE),
    ("Samarbejdspartnere/Fjordby Lokalpoliti/Forebyggelse og Nærpoliti", Sector.POLICE),
    ("Stab og Digitalisering", ""),
    ("Stab og Digitalisering/Læring og Kompetence", Sector.OTHER),
)

# Staff: (username, first name, last name, employee number, sector, job title, unit).
# A table reads best one person a line, so the formatter leaves it alone.
_D, _S, _C, _H = Sector.DAYCARE, Sector.SCHOOL, Sector.CHILDREN_YOUTH, Sector.HEALTH
_J, _F, _P, _O = Sector.JOB_CENTRE, Sector.FAMILY_COURT, Sector.POLICE, Sector.OTHER
# fmt: off
STAFF: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("ida.hansen", "Ida", "Hansen", "FK-1001", _D, "Pædagog", _SOL),
    ("mette.lund", "Mette", "Lund", "FK-1002", _D, "Dagtilbudsleder", _DN),
    ("sigrid.nilsen", "Sigrid", "Nilsen", "FK-1003", _D, "Pædagogmedhjælper", _MARIE),
    ("emil.strand", "Emil", "Strand", "FK-1004", _D, "Pædagog", _MARIE),
    ("amira.haddad", "Amira", "Haddad", "FK-1005", _D, "Pædagogisk assistent", _LAERK),
    ("karoline.bakke", "Karoline", "Bakke", "FK-1006", _D, "Pædagog", _LAERK),
    ("johan.lindberg", "Johan", "Lindberg", "FK-1007", _D, "Pædagog", _HAVBLIK),
    ("hanne.kjaer", "Hanne", "Kjær", "FK-1008", _D, "Pædagogisk leder", _HAVBLIK),
    ("lars.berg", "Lars", "Berg", "FK-2001", _S, "Skoleleder", _SKOLE),
    ("camilla.friis", "Camilla", "Friis", "FK-2002", _S, "Lærer", f"{_SKOLE}/Indskolingen"),
    ("maja.eriksson", "Maja", "Eriksson", "FK-2003", _S, "Pædagog", f"{_SKOLE}/Indskolingen"),
    ("ole.dahl", "Ole", "Dahl", "FK-2004", _S, "Lærer", f"{_SKOLE}/Udskolingen"),
    ("ingrid.solberg", "Ingrid", "Solberg", "FK-2005", _S, "Lærer", f"{_SKOLE}/Udskolingen"),
    ("peter.skov", "Peter", "Skov", "FK-2006", _S, "Inklusionsvejleder", _SKOLE),
    ("astrid.lundgren", "Astrid", "Lundgren", "FK-2007", _S, "Lærer", _SKOVBAKKE),
    ("rasmus.vinther", "Rasmus", "Vinther", "FK-2008", _S, "Viceskoleleder", _SKOVBAKKE),
    ("karin.holm", "Karin", "Holm", "FK-3001", _C, "Direktør for Børn og Unge", _BU),
    ("line.mortensen", "Line", "Mortensen", "FK-3002", _C, "Socialrådgiver", f"{_FAM}/Modtagelsen"),
    ("anders.juhl", "Anders", "Juhl", "FK-3003", _C, "Socialrådgiver", f"{_FAM}/Myndighedsteamet"),
    ("kristin.haugland", "Kristin", "Haugland", "FK-3004", _C, "Familiebehandler", _FAM),
    ("erik.sandberg", "Erik", "Sandberg", "FK-3005", _C, "Afdelingsleder", _FAM),
    ("birgitte.holst", "Birgitte", "Holst", "FK-4001", _H, "Sundhedsplejerske", _SPL),
    ("tove.rasmussen", "Tove", "Rasmussen", "FK-4002", _H, "Sundhedsplejerske", _SPL),
    ("henrik.aas", "Henrik", "Aas", "FK-4003", _H, "Kommunallæge", _SHUS),
    ("elin.bergstrom", "Elin", "Bergström", "FK-4004", _H, "Sygeplejerske", _SHUS),
    ("yasmin.khalil", "Yasmin", "Khalil", "FK-4005", _H, "Social- og sundhedsassistent", _HJEM),
    ("jens.poulsen", "Jens", "Poulsen", "FK-4006", _H, "Social- og sundhedshjælper", _HJEM),
    ("sofie.madsen", "Sofie", "Madsen", "FK-5001", _J, "Jobkonsulent", f"{_JOB}/Team Ydelse"),
    ("liv.johansen", "Liv", "Johansen", "FK-5002", _J, "Socialrådgiver", f"{_JOB}/Team Ydelse"),
    ("mikkel.thomsen", "Mikkel", "Thomsen", "FK-5003", _J, "Jobkonsulent", f"{_JOB}/Team Unge"),
    ("oskar.nystrom", "Oskar", "Nyström", "FK-5004", _J, "Virksomhedskonsulent", _JOB),
    ("ahmed.yilmaz", "Ahmed", "Yilmaz", "FK-5005", _O, "Integrationskonsulent", _INTEG),
    ("charlotte.winther", "Charlotte", "Winther", "FK-6001", _F, "Familieretskonsulent", _FRH),
    ("bjorn.halvorsen", "Bjørn", "Halvorsen", "FK-6002", _F, "Børnesagkyndig", _FRH),
    ("malin.sjoberg", "Malin", "Sjöberg", "FK-6003", _F, "Jurist", _FRH),
    ("thomas.brandt", "Thomas", "Brandt", "FK-7001", _P, "Politiassistent", _NAER),
    ("kari.nordby", "Kari", "Nordby", "FK-7002", _P, "Kriminalpræventiv koordinator", _NAER),
    ("nanna.kristiansen", "Nanna", "Kristiansen", "FK-7003", _P, "Politiassistent", _POL),
    ("magnus.eklund", "Magnus", "Eklund", "FK-7004", _P, "Politikommissær", _POL),
    ("sara.lindqvist", "Sara", "Lindqvist", "FK-8001", _O, "E-læringskonsulent", _STAB),
    ("nils.haugen", "Nils", "Haugen", "FK-8002", _O, "Certificeringsansvarlig", _STAB),
    ("jonas.moller", "Jonas", "Møller", "FK-8003", _O, "Systemadministrator", _STAB),
)
# fmt: on

# (username, role, unit path for a manager's scope or "").
ROLES: tuple[tuple[str, str, str], ...] = (
    ("mette.lund", Role.MANAGER, _DN),
    ("lars.berg", Role.MANAGER, _SKOLE),
    ("karin.holm", Role.MANAGER, _BU),
    ("sara.lindqvist", Role.CONTENT_EDITOR, ""),
    ("nils.haugen", Role.CERTIFICATION_ADMIN, ""),
    ("jonas.moller", Role.PLATFORM_ADMIN, ""),
)


@dataclass(frozen=True)
class DemoSeedResult:
    """What ``demo_seed`` created this time (zero everywhere when it was all there)."""

    units_created: int
    people_created: int
    roles_granted: int
    superuser_created: bool


def _full_path(relative: str) -> str:
    return f"{DEMO_MUNICIPALITY}{PATH_SEPARATOR}{relative}" if relative else DEMO_MUNICIPALITY


def demo_exists() -> bool:
    """True once the demo municipality has been loaded."""
    return Organisation.get_root_nodes().filter(name=DEMO_MUNICIPALITY).exists()


def _units() -> tuple[dict[str, Organisation], int]:
    units: dict[str, Organisation] = {}
    created = 0
    for relative, sector in (("", ""), *UNITS):
        full = _full_path(relative)
        unit = organisation_get_by_name_path(name_path=full)
        if unit is None:
            parent_path, _sep, name = full.rpartition(PATH_SEPARATOR)
            unit = services.organisation_create(
                name=name, parent=units.get(parent_path), sector=sector
            )
            created += 1
        units[full] = unit
    return units, created


@transaction.atomic
def demo_seed() -> DemoSeedResult:
    """Load the demo municipality, staff, roles and the ``admin`` superuser. Idempotent.

    Units are matched by name path and people by employee number; what exists is left
    untouched (an existing password is never reset). Runs in one transaction, so a failure
    leaves nothing half-loaded. The caller checks ``settings.DEMO_DATA_ALLOWED``.
    """
    services.roles_sync_groups()
    units, units_created = _units()
    people = {}
    people_created = 0
    for username, first, last, number, sector, title, unit in STAFF:
        person = person_get_by_employee_number(employee_number=number)
        if person is None:
            person = services.person_create(
                employee_number=number,
                first_name=first,
                last_name=last,
                email=f"{username}@{DEMO_EMAIL_DOMAIN}",
                sector=sector,
                job_title=title,
                username=username,
                password=DEMO_PASSWORD,
            )
            people_created += 1
            # Staff joined over the last four months, so the demo's mandatory training is
            # partly overdue, partly due soon (a fixed spread: the same on every machine).
            started = timezone.localdate() - timedelta(days=zlib.crc32(number.encode()) % 120)
            services.membership_add(
                person=person, organisation=units[_full_path(unit)], started_on=started
            )
        services.membership_add(person=person, organisation=units[_full_path(unit)])
        people[username] = person
    granted = 0
    for username, role, unit in ROLES:
        scope = units[_full_path(unit)] if unit else None
        granted += services.role_grant(person=people[username], role=role, organisation=scope)
    superuser_created = not User.objects.filter(username=DEMO_SUPERUSER).exists()
    if superuser_created:
        # No Person behind it: the superuser administers the platform and takes no training.
        User.objects.create_superuser(
            DEMO_SUPERUSER, email=f"{DEMO_SUPERUSER}@{DEMO_EMAIL_DOMAIN}", password=DEMO_PASSWORD
        )
    return DemoSeedResult(units_created, people_created, granted, superuser_created)
