export default {
  'validation.required.serviceName': 'Enter the name of the service',
} as const;
