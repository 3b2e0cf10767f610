package org.gradientlab.app.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.app.network.NetworkView;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.Exp;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkPass;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.engine.network.TwoNodeNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Network lesson's model with the runner in synchronous mode. */
class NetworkModelTest {

    private NetworkModel model;

    @BeforeEach
    void open() {
        model = new NetworkModel(RunnerFactory.synchronous());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private NetworkSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get();
    }

    @Test
    void opensOnOnePairWithTheForwardAndBackwardPassOfSpecSection3() {
        NetworkState s = now().current();
        NetworkPass pass = TwoNodeNetwork.pass(1.5, 0, 0.5, 0, -0.3, 0, Cost.MSE);
        assertEquals(0, s.step());
        assertEquals(pass.z1(), s.z1());
        assertEquals(pass.a1(), s.a1());
        assertEquals(pass.yhat(), s.yhat());
        assertEquals(pass.delta2(), s.delta2());
        assertEquals(pass.delta1(), s.delta1());
        assertEquals(pass.cost(), s.cost());
        // By hand: z1 = 0.75, a1 = 1/(1+e^-0.75); z2 = -0.3*a1, yhat = sigmoid(z2).
        double a1 = 1 / (1 + Exp.exp(-0.75));
        double yhat = 1 / (1 + Exp.exp(-(-0.3 * a1)));
        assertEquals(a1, s.a1());
        assertEquals(yhat, s.yhat());
        assertEquals((yhat - 0) * yhat * (1 - yhat), s.delta2());
    }

    @Test
    void stepIsOneUpdateAgainstTheGradient() {
        NetworkState before = now().current();
        model.session().learningRateProperty().set(0.5);
        model.session().step();
        NetworkState after = now().current();
        assertEquals(1, after.step());
        assertEquals(before.w1() - 0.5 * before.gradW1(), after.w1());
        assertEquals(before.b1() - 0.5 * before.gradB1(), after.b1());
        assertEquals(before.w2() - 0.5 * before.gradW2(), after.w2());
        assertEquals(before.b2() - 0.5 * before.gradB2(), after.b2());
    }

    @Test
    void stepPhaseWalksForwardCostBackwardThenUpdates() {
        assertEquals(Phase.ALL, model.phaseProperty().get());
        model.stepPhase();
        assertEquals(Phase.FORWARD, model.phaseProperty().get());
        assertEquals(0, now().current().step());
        model.stepPhase();
        assertEquals(Phase.COST, model.phaseProperty().get());
        model.stepPhase();
        assertEquals(Phase.BACKWARD, model.phaseProperty().get());
        assertEquals(0, now().current().step(), "no update before the update phase");
        model.stepPhase();
        assertEquals(Phase.UPDATE, model.phaseProperty().get());
        assertEquals(1, now().current().step());
        assertEquals(0, model.previousProperty().get().current().step(), "the update shows old -> new");
        model.stepPhase();
        assertEquals(Phase.FORWARD, model.phaseProperty().get());
        assertEquals(1, now().current().step());
    }

    @Test
    void theChainRuleFactorsMultiplyToTheDeltas() {
        ChainRule r = now().chainRule();
        assertEquals(r.delta2(), r.dCostDYhat() * r.dYhatDZ2(), 1e-15);
        assertEquals(r.delta1(), r.delta2() * r.backFactor(), 1e-15 * Math.abs(r.delta1()) + 1e-300);
        assertEquals(r.gradW1(), r.delta1() * 1.5);
        model.costProperty().set(Cost.XENT);
        ChainRule x = now().chainRule();
        assertEquals(x.delta2(), now().current().yhat() - 0, "cross-entropy: delta2 = yhat - y");
    }

    @Test
    void theGradientCheckAgreesWithBackprop() {
        NetworkSnapshot s = now();
        for (var p : s.check().all()) {
            assertTrue(p.relativeError() < 1e-6, p.name() + ": " + p.relativeError());
        }
    }

    @Test
    void trainingTheNotGateLowersTheCost() {
        model.dataProperty().set(NetworkData.NOT_GATE);
        model.session().learningRateProperty().set(2);
        double start = now().current().cost();
        model.session().play();
        model.session().playFor(3000);
        model.session().pause();
        NetworkSnapshot s = now();
        assertTrue(s.current().cost() < start / 10, start + " -> " + s.current().cost());
        assertTrue(s.trace().steps().length > 100, "the charts get the run");
        assertEquals(3000, s.current().step());
        double lastTraced = s.trace().steps()[s.trace().steps().length - 1];
        assertTrue(lastTraced > 2000 && lastTraced <= 3000, "the trace spans the run: " + lastTraced);
    }

    @Test
    void stepBackRestoresTheParameters() {
        model.session().optimizerProperty().set(model.session().optimizerProperty().get().withName("adam"));
        model.session().step();
        NetworkState one = now().current();
        model.session().step();
        model.session().stepBack();
        assertEquals(one, now().current());
        model.session().stepBack();
        model.session().stepBack();
        assertEquals(0, now().current().step());
        assertFalse(now().canStepBack());
    }

    @Test
    void editingTheSinglePairRestartsOnTheNewPair() {
        model.session().step();
        model.xProperty().set(-2);
        model.yProperty().set(1);
        NetworkSnapshot s = now();
        assertEquals(0, s.current().step());
        assertEquals(-2, s.chainRule().x());
        assertEquals(1, s.chainRule().y());
    }

    @Test
    void aParameterFieldRefusesWildValues() {
        assertNull(NetworkView.checkParameter(-3));
        assertEquals("a parameter must be between -100 and 100", NetworkView.checkParameter(1e6));
    }
}
