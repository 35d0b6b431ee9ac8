import { execProbeCommands } from '../../../src/rules/availability/exec-probe-commands';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const execProbe = (command: unknown, probe = 'livenessProbe', name = 'app') => safeContainer(name, { [probe]: { exec: { command } } });

describe('exec-probe-commands', () => {
  test('passes for other commands and for words that only contain a denied one', () => {
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/bin/grpc_health_probe', '-addr=:9090'])] })])).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['sh', '-c', 'test -f /tmp/healthy && false'])] })])).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers: [safeContainer('app', { livenessProbe: { httpGet: { port: 80 } } })] })])).toEqual([]);
  });

  test('fails for a denied command, also inside a shell script and by path', () => {
    const [f] = runRule(execProbeCommands, [deployment({ containers: [execProbe(['sh', '-c', 'ps aux | grep -q java'])] })]);
    expect(f.path).toBe('/spec/template/spec/containers/0/livenessProbe/exec/command');
    expect(f.message).toBe('the livenessProbe of container "app" runs "ps", which does not show that the program works');
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/bin/ls', '/tmp/ready'], 'readinessProbe')] })])[0].message).toContain('readinessProbe');
  });

  test('native sidecar init containers are checked; odd types do not throw', () => {
    const spec = { containers: [execProbe('ps')], initContainers: [safeContainer('side', { restartPolicy: 'Always', startupProbe: { exec: { command: ['jcmd', '1', 'VM.uptime'] } } })] };
    expect(runRule(execProbeCommands, [pod(spec)]).map((f) => f.container)).toEqual(['side']);
  });

  test('the deniedCommands option replaces the list; an empty list checks nothing', () => {
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['ps'])] })], { ruleOptions: { deniedCommands: [] } })).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['curl', '-f', 'localhost'])] })], { ruleOptions: { deniedCommands: ['curl'] } })).toHaveLength(1);
  });

  test('blank and non-string entries of deniedCommands are ignored; entries are trimmed', () => {
    const containers = [execProbe(['curl', '-f', 'localhost:8080/healthz'])];
    expect(runRule(execProbeCommands, [pod({ containers })], { ruleOptions: { deniedCommands: ['', '   ', 42, null] } })).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers })], { ruleOptions: { deniedCommands: ['', '  ', 'ps'] } })).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['ps', 'aux'])] })], { ruleOptions: { deniedCommands: [' ps '] } }).map((f) => f.path)).toEqual([
      '/spec/containers/0/livenessProbe/exec/command',
    ]);
  });

  test('denied commands are matched literally, not as regular expressions', () => {
    const options = { ruleOptions: { deniedCommands: ['check.sh'] } };
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/opt/check.sh'])] })], options).map((f) => f.message)).toEqual([
      'the livenessProbe of container "app" runs "check.sh", which does not show that the program works',
    ]);
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/opt/check-sh'])] })], options)).toEqual([]);
  });

  test('non-string parts of a command are skipped, not read as text', () => {
    const options = { ruleOptions: { deniedCommands: ['undefined', 'null'] } };
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/bin/check', 42, null, true])] })], options)).toEqual([]);
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['/bin/check', 'null'])] })], options).map((f) => f.message)).toEqual([
      'the livenessProbe of container "app" runs "null", which does not show that the program works',
    ]);
  });

  test('option entries are trimmed, in matching and in the message', () => {
    const options = { ruleOptions: { deniedCommands: ['  ps  ', '', '   '] } };
    expect(runRule(execProbeCommands, [pod({ containers: [execProbe(['sh', '-c', 'ps aux | grep app'])] })], options).map((f) => f.message)).toEqual([
      'the livenessProbe of container "app" runs "ps", which does not show that the program works',
    ]);
  });
});
