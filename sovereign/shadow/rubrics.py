"""Fixed rubrics the local judge is given to say whether two answers agree. A rubric is never
edited in place: a changed text is a new id, so every verdict names the text it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rubric:
    id: str
    instructions: str  # the judge's system prompt
    template: str  # the user prompt: {question}, {first}, {second}
    agree: str  # the word that starts an agreeing verdict
    disagree: str

    def prompt(self, question: str, first: str, second: str) -> str:
        return self.template.format(question=question, first=first, second=second)

    def verdict(self, answer: str) -> str:
        """agree, disagree or unclear, from the judge's answer's first word."""
        words = answer.strip().split()
        word = words[0].strip(".,:;!*\"'").upper() if words else ""
        if word == self.agree:
            return "agree"
        if word == self.disagree:
            return "disagree"
        return "unclear"


RUBRICS: dict[str, Rubric] = {r.id: r for r in (
    Rubric(
        id="same-answer-v1",
        instructions="You compare two answers to the same request. Reply with one word: "
        "AGREE if a user would be served equally well by either answer (same facts, same "
        "conclusion, nothing important missing), DISAGREE otherwise.",
        template="Request:\n{question}\n\nAnswer A:\n{first}\n\nAnswer B:\n{second}\n\n"
        "One word, AGREE or DISAGREE:",
        agree="AGREE", disagree="DISAGREE"),
)}
