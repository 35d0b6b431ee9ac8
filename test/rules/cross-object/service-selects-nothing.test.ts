import { serviceSelectsNothing } from '../../../src/rules/cross-object/service-selects-nothing';
import { evaluate } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { resolveRule } from '../../../src/profiles/profile';
import { runRule, safeContainer } from '../../support/manifests';
import { app, service, WIDGET_POD, WIDGET_POD_LOCATIONS } from './fixtures';

const WEB = app('web', { app: 'web', tier: 'front' }, 'team', { containers: [safeContainer('app', { ports: [{ name: 'http', containerPort: 8080 }] })] });

describe('service-selects-nothing', () => {
  test('reports a selector that matches no pod template', () => {
    const findings = runRule(serviceSelectsNothing, [WEB, service('web', { selector: { app: 'web', tier: 'back' }, ports: [{ port: 80 }] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec/selector', message: 'Service "web" selector (app=web, tier=back) matches no workload in namespace "team"' });
  });

  test('passes matching selectors, selector-less and ExternalName Services', () => {
    expect(
      runRule(serviceSelectsNothing, [
        WEB,
        service('web', { selector: { app: 'web' } }),
        service('manual', { ports: [{ port: 5432 }] }),
        service('ext', { type: 'ExternalName', externalName: 'db.example.com', selector: { app: 'x' } }),
      ]),
    ).toEqual([]);
  });

  test('pods in another namespace do not count', () => {
    expect(runRule(serviceSelectsNothing, [WEB, service('web', { selector: { app: 'web' } }, 'other')])).toHaveLength(1);
  });
});

describe('service-selects-nothing: custom pod template locations', () => {
  test('a custom kind named Pod in another API group is matched by the labels of its pod template', () => {
    const profile = { name: 'test', kubernetesVersion: parseKubernetesVersion('latest'), rules: [resolveRule(serviceSelectsNothing, {})] };
    const findings = evaluate([WIDGET_POD, service('web', { selector: { app: 'web' } })].map((manifest) => ({ manifest })), profile, { podTemplateLocations: WIDGET_POD_LOCATIONS }).findings;
    expect(findings).toEqual([]);
  });
});
