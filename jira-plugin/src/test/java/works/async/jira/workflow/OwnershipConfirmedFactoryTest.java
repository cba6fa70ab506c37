package works.async.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipConfirmedFactoryTest {

    private final OwnershipConfirmedValidatorFactory validators = new OwnershipConfirmedValidatorFactory();
    private final OwnershipConfirmedConditionFactory conditions = new OwnershipConfirmedConditionFactory();

    @Test
    void aNewCheckStartsStrict() {
        Map<String, Object> params = new HashMap<>();
        validators.getVelocityParamsForInput(params);

        assertThat(params).containsExactly(Map.entry("allowUnowned", false));
    }

    @Test
    void editAndViewShowTheValidatorsStoredOption() {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(new HashMap<>(Map.of("allow-unowned", "true", "class.name", "x")));
        Map<String, Object> edit = new HashMap<>();
        Map<String, Object> view = new HashMap<>();

        validators.getVelocityParamsForEdit(edit, descriptor);
        validators.getVelocityParamsForView(view, descriptor);

        assertThat(edit).containsExactly(Map.entry("allowUnowned", true));
        assertThat(view).containsExactly(Map.entry("allowUnowned", true));
    }

    @Test
    void editAndViewShowTheConditionsStoredOption() {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(new HashMap<>(Map.of("allow-unowned", "false")));
        Map<String, Object> edit = new HashMap<>();
        Map<String, Object> view = new HashMap<>();

        conditions.getVelocityParamsForEdit(edit, descriptor);
        conditions.getVelocityParamsForView(view, descriptor);

        assertThat(edit).containsExactly(Map.entry("allowUnowned", false));
        assertThat(view).containsExactly(Map.entry("allowUnowned", false));
    }

    @Test
    void aDescriptorWithoutTheArgShowsTheStrictOption() {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(new HashMap<>());
        Map<String, Object> view = new HashMap<>();

        conditions.getVelocityParamsForView(view, descriptor);

        assertThat(view).containsExactly(Map.entry("allowUnowned", false));
    }

    @Test
    void theFormsFieldBecomesTheDescriptorArg() {
        assertThat(validators.getDescriptorParams(form("true"))).isEqualTo(Map.of("allow-unowned", "true"));
        assertThat(conditions.getDescriptorParams(form("false"))).isEqualTo(Map.of("allow-unowned", "false"));
    }

    @Test
    void aMissingOrOddFieldStoresTheStrictOption() {
        assertThat(validators.getDescriptorParams(new HashMap<>())).isEqualTo(Map.of("allow-unowned", "false"));
        assertThat(conditions.getDescriptorParams(form("yes"))).isEqualTo(Map.of("allow-unowned", "false"));
        assertThat(conditions.getDescriptorParams(Map.of("allow-unowned", new String[] {"true", "true"})))
                .isEqualTo(Map.of("allow-unowned", "false"));
    }

    private static Map<String, Object> form(String value) {
        return Map.of("allow-unowned", new String[] {value});
    }
}
