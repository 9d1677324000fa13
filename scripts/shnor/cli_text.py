"""Help texts that several commands share."""

CODE_QUALITY_HELP = "записать найденное и в этот файл — отчёт Code Quality для merge request в GitLab (JSON)"
