/**
 * The target URL allowlist: a subscription may only point at Zapier's hook hosts (configurable),
 * so the relay cannot be used to POST to arbitrary hosts. HTTPS only unless allowed (tests).
 */
export interface TargetRules {
  targetHosts: string[];
  allowHttpTargets: boolean;
}

export function checkTargetUrl(raw: string, rules: TargetRules): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'targetUrl must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(rules.allowHttpTargets && url.protocol === 'http:')) {
    return 'targetUrl must use https';
  }
  if (url.username || url.password) return 'targetUrl must not carry credentials';
  if (!rules.targetHosts.includes(url.hostname.toLowerCase())) {
    return `targetUrl must be on ${rules.targetHosts.join(', ')}`;
  }
  return undefined;
}

export const targetHost = (raw: string): string => new URL(raw).host;
