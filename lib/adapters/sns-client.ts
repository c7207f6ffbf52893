/** The SNS client for deadline alerts, one per container. */
import { SNSClient } from '@aws-sdk/client-sns';
import { local, memo } from './client-options.ts';

export const snsClient = /* @__PURE__ */ memo((config) => new SNSClient({ region: config.region, ...local(config.endpoints.sns) }));
