import { Flex, Switch, Typography } from 'antd';

/** A tab's explanation, and the switch that counts approved returns only (attainment and trajectories alike). */
export function IntroWithApprovedOnly(props: { intro: string; label: string; approvedOnly: boolean; onChange: (approvedOnly: boolean) => void; testId: string; maxWidth: number }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <Typography.Text type="secondary" style={{ maxWidth: props.maxWidth }}>
        {props.intro}
      </Typography.Text>
      <Flex gap={6} align="center">
        <Switch size="small" checked={props.approvedOnly} onChange={props.onChange} data-testid={props.testId} />
        <span>{props.label}</span>
      </Flex>
    </Flex>
  );
}
