// Small building blocks for the plan forms: a list of single lines, and a list of pairs
// (a sign and what helps), both ordered with Move up / Move down.

import '../../../domain/i18n/plans-web.messages.ts';
import type { MessageKey } from '../../../domain/i18n/translate.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { TextArea, TextField } from '../../components/fields.tsx';
import type { NoticeState } from '../../components/Notice.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { entryName, OrderedList } from './OrderedList.tsx';
import { idFor } from './plan-editor.ts';

type Common = {
  name: string;
  /** Message keys: `${prefix}` title, `.hint`, `.item`, `.add`, `.empty`. */
  prefix: string;
  errors: FieldErrors;
  notice: NoticeState;
  headingLevel?: 2 | 3;
};

const key = (prefix: string, suffix = '') => `${prefix}${suffix}` as MessageKey;

export function LinesList({
  items,
  onChange,
  ...common
}: Common & { items: string[]; onChange: (items: string[]) => void }) {
  const { name, prefix, errors } = common;
  return (
    <OrderedList
      name={name}
      title={t(key(prefix))}
      hint={t(key(prefix, '.hint'))}
      empty={t('plans.list.empty')}
      items={items}
      onChange={onChange}
      blank={() => ''}
      addLabel={t(key(prefix, '.add'))}
      describe={entryName}
      errors={errors}
      notice={common.notice}
      headingLevel={common.headingLevel}
      renderItem={(item, index, update) => (
        <TextField
          id={idFor(`${name}.${index}`)}
          label={t(key(prefix, '.item'), { number: index + 1 })}
          value={item}
          error={errors[`${name}.${index}`]}
          onInput={update}
        />
      )}
    />
  );
}

type PairProps<F extends string, S extends string> = Common & {
  first: F;
  second: S;
  items: Array<Record<F | S, string>>;
  onChange: (items: Array<Record<F | S, string>>) => void;
};

/** Entries of two parts: a short line (the sign) and a longer answer (what helps). */
export function PairsList<F extends string, S extends string>({
  items,
  onChange,
  first,
  second,
  ...common
}: PairProps<F, S>) {
  const { name, prefix, errors } = common;
  return (
    <OrderedList
      name={name}
      title={t(key(prefix))}
      hint={t(key(prefix, '.hint'))}
      empty={t('plans.list.empty')}
      items={items}
      onChange={onChange}
      blank={() => ({ [first]: '', [second]: '' }) as Record<F | S, string>}
      addLabel={t(key(prefix, '.add'))}
      describe={(item, index) => entryName(item[first], index)}
      errors={errors}
      notice={common.notice}
      headingLevel={common.headingLevel}
      renderItem={(item, index, update) => (
        <fieldset class="fieldset entry">
          <legend class="entry__legend">{t(key(prefix, '.item'), { number: index + 1 })}</legend>
          <TextField
            id={idFor(`${name}.${index}.${first}`)}
            label={t(key(prefix, `.${first}`))}
            value={item[first]}
            error={errors[`${name}.${index}.${first}`]}
            onInput={(value) => update({ ...item, [first]: value })}
          />
          <TextArea
            id={idFor(`${name}.${index}.${second}`)}
            label={t(key(prefix, `.${second}`))}
            value={item[second]}
            error={errors[`${name}.${index}.${second}`]}
            rows={3}
            onInput={(value) => update({ ...item, [second]: value })}
          />
        </fieldset>
      )}
    />
  );
}

/** A longer answer of the plan, with its own example as the hint. */
export function PlanText({
  name,
  prefix,
  value,
  errors,
  onInput,
  rows = 4,
}: {
  name: string;
  prefix: string;
  value: string;
  errors: FieldErrors;
  onInput: (value: string) => void;
  rows?: number;
}) {
  return (
    <TextArea
      id={idFor(name)}
      label={t(key(prefix))}
      hint={t(key(prefix, '.hint'))}
      value={value}
      error={errors[name]}
      rows={rows}
      onInput={onInput}
    />
  );
}
