export default {
  'demo.banner': 'Demo accounts (fictional people):',
} as const;
