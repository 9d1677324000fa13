from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule


def check(record, repo):
    review = record.data.review
    status = repo.taxonomies["review_statuses"].by_id(review.status)
    if status.extra.get("needs_reviewer"):
        if not review.reviewer:
            yield record.problem("review.reviewer", f"для статуса «{status.name}» укажите рецензента", "review")
        if not review.date:
            yield record.problem("review.date", f"для статуса «{status.name}» укажите дату рассмотрения", "review")


RULE: Rule[PracticeRecord] = Rule(
    code="SH106",
    name="review-signoff",
    description="статусы «одобрена» и «рекомендована» требуют рецензента и даты",
    check_record=check,
    file_local=True,
)
