import type { GeneratedAnswer } from '../../worker/protocol';

export function AnswerPanel({ answer }: { answer: GeneratedAnswer }) {
  return (
    <section aria-labelledby="answer-title">
      <h2 id="answer-title">One question</h2>
      <dl>
        <dt>Question ({answer.question.level})</dt>
        <dd>
          <code data-testid="question">{answer.question.prompt}</code>
        </dd>
        <dt>Model's answer (greedy)</dt>
        <dd>
          <code data-testid="answer">{answer.text}</code>
          {answer.truncated && ' (cut off: no end token)'}
        </dd>
        <dt>Verdict</dt>
        <dd>
          <span
            data-testid="verdict"
            data-correct={answer.correct}
            className={answer.correct ? 'right' : 'wrong'}
          >
            {answer.verdict}
          </span>
          {!answer.correct && <> (expected {answer.question.answer})</>}
        </dd>
      </dl>
    </section>
  );
}
