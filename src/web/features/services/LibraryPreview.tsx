// The preview of an uploaded Questionnaire (decision 0042): what it scores, then its questions
// drawn exactly as a person answering it would see them (the measures feature's QuestionField).
// Answers typed here are not kept anywhere.
import '../../../domain/i18n/services.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { UploadPreview } from '../../../domain/services/library.schema.ts';
import { sentence } from '../../lib/own-words.tsx';
import { QuestionField } from '../measures/QuestionField.tsx';

const NO_ERRORS = {};

/** Whether a scale counts in the service's Outcomes: only one that says which way is better. */
const IN_REPORTS = {
  lower: 'library.preview.lowerBetter',
  higher: 'library.preview.higherBetter',
  unsaid: 'library.preview.notInReports',
} as const;

export function LibraryPreview({ preview }: { preview: UploadPreview }) {
  const [values, setValues] = useState<Record<string, string>>({});
  // Every question is shown, including those a person would see only after certain answers.
  const enabled = new Set(preview.items.map((item) => item.linkId));
  const { scales, riskRuleCount } = preview.scoring;
  return (
    <section aria-labelledby="preview-title" class="library-preview">
      <h3 id="preview-title">{t('library.preview.title')}</h3>
      <dl class="summary">
        <div class="summary__row">
          <dt>{t('library.preview.name')}</dt>
          <dd>
            <bdi>{preview.title}</bdi>
          </dd>
        </div>
        <div class="summary__row">
          <dt>{t('library.preview.version')}</dt>
          <dd>
            <bdi>{preview.version}</bdi>
          </dd>
        </div>
        <div class="summary__row">
          <dt>{t('library.preview.questions')}</dt>
          <dd>{t('library.questionCount', { count: preview.questionCount })}</dd>
        </div>
        <div class="summary__row">
          <dt>{t('library.preview.scores')}</dt>
          <dd>
            {scales.length === 0 ? (
              t('library.preview.noScore')
            ) : (
              <ul class="meta-list">
                {scales.map((scale) => (
                  <li key={scale.id}>
                    {sentence(
                      scale.method === 'sum'
                        ? 'library.preview.scoreSum'
                        : 'library.preview.scoreMean',
                      { label: scale.label },
                      { count: scale.itemCount },
                    )}
                    {scale.reliableChange !== null &&
                      ` ${t('library.preview.reliableChange', { points: scale.reliableChange })}`}
                    {` ${t(IN_REPORTS[scale.better ?? 'unsaid'])}`}
                  </li>
                ))}
              </ul>
            )}
            {riskRuleCount > 0 && <p>{t('library.preview.risk', { count: riskRuleCount })}</p>}
          </dd>
        </div>
      </dl>
      {preview.description && <p>{preview.description}</p>}
      <h4>{t('library.preview.asPeopleSeeIt')}</h4>
      <div class="library-preview__questions">
        {preview.questionnaire.item.map((item) => (
          <QuestionField
            key={item.linkId}
            item={item}
            values={values}
            enabled={enabled}
            errors={NO_ERRORS}
            onChange={(linkId, value) => setValues((old) => ({ ...old, [linkId]: value }))}
          />
        ))}
      </div>
    </section>
  );
}
