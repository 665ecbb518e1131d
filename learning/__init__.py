"""People, organisations and roles; enrolments, progress and xAPI in later issues."""
