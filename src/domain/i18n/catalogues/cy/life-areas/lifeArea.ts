import type { Words } from '../../../translate.ts';

export default {
  'lifeArea.default.home': 'Cartref a ble rydw i’n byw',
  'lifeArea.default.money': 'Arian',
  'lifeArea.default.work': 'Gwaith, dysgu a gwirfoddoli',
  'lifeArea.default.relationships': 'Ffrindiau a pherthnasoedd',
  'lifeArea.default.family': 'Teulu',
  'lifeArea.default.body': 'Iechyd corfforol',
  'lifeArea.default.mind': 'Iechyd meddwl a lles',
  'lifeArea.default.safety': 'Teimlo’n ddiogel',
  'lifeArea.default.leisure': 'Pethau rydw i’n eu mwynhau',
} satisfies Words;
