import type { Words } from '../../../translate.ts';

export default {
  'validation.required.twoStepCode': 'Rhowch y cod 6 digid o’ch ap',
  'validation.twoStepCode': 'Rhowch y cod fel 6 digid, fel 123456',
  'validation.required.recoveryCode': 'Rhowch un o’ch codau adfer',
  'validation.recoveryCode':
    'Rhowch y cod adfer fel y gwnaethoch chi ei gadw: 4 grŵp o 4 llythyren a rhif',
  'validation.required.passkeyName': 'Rhowch enw ar gyfer yr allwedd mynediad hon',
} satisfies Words;
