import { useState, type ReactNode } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';
import { userMessage } from '../shared/userMessage';

/**
 * The quick "add one" form above each list: a name (required) and whatever else the caller needs;
 * `extra` fields are rendered between the name and the button.
 */
export function AddByName<Extra extends Record<string, string>>({
  nameLabel,
  nameDescription,
  placeholder,
  buttonLabel,
  extraInitial,
  renderExtra,
  onAdd,
}: {
  nameLabel: string;
  nameDescription?: string;
  placeholder?: string;
  buttonLabel: string;
  extraInitial: Extra;
  renderExtra?: (props: { get: (field: keyof Extra & string) => GetInputPropsReturnType }) => ReactNode;
  onAdd(values: { name: string } & Extra): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ name: string } & Extra>({
    initialValues: { name: '', ...extraInitial },
    validate: {
      name: (v: string) => (v.trim() === '' ? t('plan.common.required', { label: nameLabel }) : v.trim().length > 200 ? t('plan.common.tooLong', { max: 200 }) : null),
    } as never,
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await onAdd({ ...values, name: values.name.trim() });
      form.reset();
    } catch (e) {
      setError(userMessage(t, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={nameLabel} description={nameDescription} placeholder={placeholder} {...form.getInputProps('name')} />
        {renderExtra?.({ get: (field) => form.getInputProps(field) })}
        <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />}>
          {buttonLabel}
        </Button>
      </Group>
      {error && (
        <Text c="red.8" role="alert">
          {error}
        </Text>
      )}
    </form>
  );
}
