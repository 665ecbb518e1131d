"""English date and time formats: Django's, with 24-hour times.

Django's English times end in "a.m."/"p.m.", so every translated sentence that ends with a
time got a doubled full stop ("from 10:38 p.m.."). The people using the platform read 24-hour
times in their other languages too (da, nb, sv all use "H:i")."""

TIME_FORMAT = "H:i"
DATETIME_FORMAT = "N j, Y, H:i"
SHORT_DATETIME_FORMAT = "m/d/Y H:i"
