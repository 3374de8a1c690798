export { SupportHubModule } from './support-hub.module.js';
export { SupportCaseService } from './case/support-case.service.js';
export { RefreshService } from './refresh/refresh.service.js';
export { SUPPORT_HUB_API } from './support-hub-paths.js';

export { SupportHubSettings } from './support-hub.settings.js';
export { SUPPORT_HUB_PERMISSIONS } from './support-hub.permissions.js';
export { SUPPORT_HUB_ERRORS, type SupportHubErrorCode } from './support-hub-errors.js';
